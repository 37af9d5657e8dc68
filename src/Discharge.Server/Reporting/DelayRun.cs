using System.Text.Json.Serialization;
using Discharge.Domain.Liability;
using NodaTime;

namespace Discharge.Server.Reporting;

/// <summary>
/// Consecutive days of one delayed discharge period that the rules engine decided alike: the same council,
/// status, rule and daily rate. <see cref="Until"/> is inclusive.
/// </summary>
public sealed record DelayRun(LocalDate From, LocalDate Until, string Council, DayStatus Status, string Rule, decimal Rate, int Period)
{
    /// <summary>What the council owes for each day of the run (only chargeable days carry an amount).</summary>
    [JsonIgnore]
    public decimal Amount => Status == DayStatus.Chargeable ? Rate : 0m;

    /// <summary>What the council could be required to pay for each day (2014 days with no payment requirement).</summary>
    [JsonIgnore]
    public decimal PotentialAmount => Status == DayStatus.Potential ? Rate : 0m;

    /// <summary>The run's days inside <paramref name="window"/>, or null when none fall in it.</summary>
    public DateWindow? Within(DateWindow window)
    {
        var from = LocalDate.Max(From, window.From);
        var until = LocalDate.Min(Until, window.To);
        return from <= until ? new DateWindow(from, until) : null;
    }

    /// <summary>
    /// Compresses the engine's days, given as runs decided alike, into runs; a new run starts wherever anything that is
    /// reported changes (runs decided apart may be reported alike: a transfer between councils at one rate changes the
    /// citation, and a date the engine compares a day with may change nothing).
    /// </summary>
    public static List<DelayRun> Compress(IReadOnlyList<DaysDecidedAlike> days)
    {
        var runs = new List<DelayRun>();
        for (var start = 0; start < days.Count;)
        {
            var first = days[start].First;
            var end = start + 1;
            // A period's days follow one another, so that runs of one period are days in a row.
            while (end < days.Count && days[end].First is var day && day.Council == first.Council
                   && day.Status == first.Status && day.Rule.Code == first.Rule.Code && day.Rate == first.Rate && day.Period == first.Period)
            {
                end++;
            }

            runs.Add(new DelayRun(first.Date, days[end - 1].Last, first.Council, first.Status, first.Rule.Code, first.Rate, first.Period));
            start = end;
        }

        return runs;
    }
}
