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

    /// <summary>The one measure the bands rate; a file naming another is refused rather than applied to the wrong figure.</summary>
    public const string RatedMeasure = "delayed-days-per-100-notices";

    public int StarsFor(decimal delayedDaysPer100Notices) =>
        Bands.OrderBy(b => b.AtMost).FirstOrDefault(b => delayedDaysPer100Notices <= b.AtMost)?.Stars ?? 0;

    /// <summary>The file of that name in the reference-data folder, else the built-in one.</summary>
    public static StarBands Load(string? folder)
    {
        using var json = LeagueFiles.Open(folder, FileName) ?? typeof(StarBands).Assembly.GetManifestResourceStream(FileName)!;
        var bands = LeagueFiles.Read<StarBands>(json, FileName);
        return bands is { Version.Length: > 0, Measure: RatedMeasure, Bands: { } list } && list.All(b => b.Stars is >= 1 and <= 3)
            ? bands
            : throw new DataFileException($"{FileName}: needs a version, the measure '{RatedMeasure}' and bands of 1 to 3 stars");
    }
}

public sealed record StarBand(int Stars, decimal AtMost);
