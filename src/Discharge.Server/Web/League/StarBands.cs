using System.Text.Json;
using Discharge.Domain;

namespace Discharge.Server.Web.League;

/// <summary>
/// The thresholds of the star rating (0–3) on delayed days per 100 assessment notices: a council at or below a band's
/// <c>atMost</c> gets its stars, the best band first; above them all, none. Versioned, like every reference table
/// (docs/reports.md#star-bands).
/// </summary>
public sealed record StarBands(string Version, string Measure, IReadOnlyList<StarBand> Bands)
{
    public const string FileName = "star-bands.json";

    public int StarsFor(decimal delayedDaysPer100Notices) =>
        Bands.OrderBy(b => b.AtMost).FirstOrDefault(b => delayedDaysPer100Notices <= b.AtMost)?.Stars ?? 0;

    /// <summary>The file of that name in the reference-data folder, else the built-in one.</summary>
    public static StarBands Load(string? folder)
    {
        using var json = LeagueFiles.Open(folder, FileName) ?? typeof(StarBands).Assembly.GetManifestResourceStream(FileName)!;
        var bands = JsonSerializer.Deserialize<StarBands>(json, LeagueFiles.Json)
            ?? throw new DataFileException($"{FileName}: the file holds no star bands");
        return bands.Bands.Any(b => b.Stars is < 1 or > 3) || string.IsNullOrWhiteSpace(bands.Version)
            ? throw new DataFileException($"{FileName}: every band needs 1 to 3 stars, and the file a version")
            : bands;
    }
}

public sealed record StarBand(int Stars, decimal AtMost);
