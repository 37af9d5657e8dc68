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

        var table = LeagueFiles.Read<AdultPopulation>(json, FileName);
        return table is { Version.Length: > 0, Councils: { } councils } && councils.All(c => c.Adults >= 1 && !string.IsNullOrEmpty(c.Council))
            ? table
            : throw new DataFileException($"{FileName}: needs a version, and councils each with a code and 1 adult or more");
    }
}

public sealed record CouncilAdults(string Council, long Adults);
