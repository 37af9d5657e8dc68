using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Web.Parts;

/// <summary>
/// The pages call the API's own endpoint methods, so that a page shows exactly what the API answers; these read the answers.
/// </summary>
public static class Answers
{
    /// <summary>The answer's value, or null when it is a problem.</summary>
    public static T? Value<T>(this IResult answer) where T : class => answer is Ok<T> ok ? ok.Value : null;

    public static ProblemDetails? Problem(this IResult answer) => (answer as ProblemHttpResult)?.ProblemDetails;

    /// <summary>The whole record to today, as the reports' <c>from</c> and <c>to</c> take it: what the pages show.</summary>
    public static (string From, string To) WholeRecord(LocalDate today) =>
        (LocalDatePattern.Iso.Format(League.LeagueTable.WindowTo(today).From), LocalDatePattern.Iso.Format(today));

    /// <summary>Figures by month, added up over whatever else splits them, in month order.</summary>
    public static IReadOnlyList<(string Month, decimal Value)> ByMonth<T>(IEnumerable<T> items, Func<T, string> month, Func<T, decimal> value) =>
        [.. items.GroupBy(month).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(value)))];

    /// <summary>The link to the monthly return (CSV) of the latest ended month among <paramref name="months"/>, else of last month.</summary>
    public static (string Month, string Link) LatestReturn(IEnumerable<string> months, LocalDate today)
    {
        var thisMonth = today.ToString("yyyy-MM", null);
        var month = months.Where(m => string.CompareOrdinal(m, thisMonth) < 0).Order(StringComparer.Ordinal).LastOrDefault()
            ?? today.PlusMonths(-1).ToString("yyyy-MM", null);
        return (month, $"/returns/sitrep?month={month}&format=csv");
    }

    public static string Date(LocalDate day) => day.ToString("d MMM yyyy", null);

    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum => Hosting.DischargeJson.EnumNaming.ConvertName(value.ToString());
}
