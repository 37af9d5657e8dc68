using System.Globalization;

namespace Discharge.Server.Web.Parts;

/// <summary>How the pages write figures: British style, pounds with pence, a dash where a measure cannot be computed.</summary>
public static class Show
{
    // The service runs in invariant globalisation mode; its separators are the British ones (1,234.50).
    private static readonly CultureInfo British = CultureInfo.InvariantCulture;

    public const string None = "—";

    public static string Count(long number) => number.ToString("#,0", British);

    public static string Money(decimal? amount) => amount is { } a ? a.ToString("£#,0.00", British) : None;

    public static string Measure(decimal? value) => value is { } v ? v.ToString("#,0.00", British) : None;

    public static string Stars(int? stars) => stars is { } s ? new string('★', s) + new string('☆', 3 - s) : None;
}
