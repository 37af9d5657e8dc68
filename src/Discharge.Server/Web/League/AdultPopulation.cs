using System.Text.Json;
using Discharge.Domain;

namespace Discharge.Server.Web.League;

/// <summary>
/// Adults (18 and over) living in each council's area, read only from a file the operator supplies in the reference-data
/// folder (docs/reports.md#adult-population): the service ships no population figures of its own.
/// </summary>
public sealed record AdultPopulation(string Version, IReadOnlyList<CouncilAdults> Councils)
{
    public const string FileName = "adult-population.json";

    public long? AdultsOf(string council) => Councils.FirstOrDefault(c => c.Council == council)?.Adults;

    /// <summary>The supplied table; null when none is.</summary>
    public static AdultPopulation? Load(string? folder)
    {
        using var json = LeagueFiles.Open(folder, FileName);
        if (json is null)
        {
            return null;
        }

        var table = JsonSerializer.Deserialize<AdultPopulation>(json, LeagueFiles.Json)
            ?? throw new DataFileException($"{FileName}: the file holds no population table");
        return table.Councils.Any(c => c.Adults < 1) || string.IsNullOrWhiteSpace(table.Version)
            ? throw new DataFileException($"{FileName}: every council needs 1 adult or more, and the file a version")
            : table;
    }
}

public sealed record CouncilAdults(string Council, long Adults);
