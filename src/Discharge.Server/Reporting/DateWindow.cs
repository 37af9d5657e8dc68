using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Reporting;

/// <summary>Days from <see cref="From"/> to <see cref="To"/>, both inclusive.</summary>
public readonly record struct DateWindow(LocalDate From, LocalDate To)
{
    public int Days => Period.DaysBetween(From, To) + 1;

    /// <summary>The first and last day as ISO dates: how a window is handed to SQL (Marten's LINQ cannot compare NodaTime dates).</summary>
    public (string From, string To) Iso => (LocalDatePattern.Iso.Format(From), LocalDatePattern.Iso.Format(To));

    /// <summary>The window's days up to <paramref name="last"/>; null when the window starts after it.</summary>
    public DateWindow? UpTo(LocalDate last) => From <= last ? this with { To = LocalDate.Min(To, last) } : null;

    /// <summary>The window cut at each month's end, with the month as "yyyy-MM".</summary>
    public IEnumerable<(string Month, DateWindow Days)> ByMonth()
    {
        for (var start = From; start <= To;)
        {
            var monthEnd = LocalDate.Min(start.With(DateAdjusters.EndOfMonth), To);
            yield return (MonthName(start), new DateWindow(start, monthEnd));
            start = monthEnd.PlusDays(1);
        }
    }

    /// <summary>"yyyy-MM" for the years the service takes (1900-2199), without parsing a format for every run.</summary>
    private static string MonthName(LocalDate day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-{day.Month:D2}");
}
