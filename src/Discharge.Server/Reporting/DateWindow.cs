using NodaTime;

namespace Discharge.Server.Reporting;

/// <summary>Days from <see cref="From"/> to <see cref="To"/>, both inclusive.</summary>
public readonly record struct DateWindow(LocalDate From, LocalDate To)
{
    public int Days => Period.DaysBetween(From, To) + 1;

    /// <summary>The window's days up to <paramref name="last"/>; null when the window starts after it.</summary>
    public DateWindow? UpTo(LocalDate last) => From <= last ? this with { To = LocalDate.Min(To, last) } : null;

    /// <summary>The window cut at each month's end, with the month as "yyyy-MM".</summary>
    public IEnumerable<(string Month, DateWindow Days)> ByMonth()
    {
        for (var start = From; start <= To;)
        {
            var monthEnd = LocalDate.Min(start.With(DateAdjusters.EndOfMonth), To);
            yield return (start.ToString("yyyy-MM", null), new DateWindow(start, monthEnd));
            start = monthEnd.PlusDays(1);
        }
    }
}
