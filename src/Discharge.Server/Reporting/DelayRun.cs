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

    /// <summary>Compresses the engine's days into runs; a new run starts wherever anything that is reported changes.</summary>
    public static List<DelayRun> Compress(IReadOnlyList<LiabilityDay> days)
    {
        var runs = new List<DelayRun>();
        foreach (var day in days)
        {
            var last = runs.Count - 1;
            if (last >= 0 && runs[last] is var run && run.Until.PlusDays(1) == day.Date && run.Council == day.Council
                && run.Status == day.Status && run.Rule == day.Rule.Code && run.Rate == day.Rate && run.Period == day.Period)
            {
                runs[last] = run with { Until = day.Date };
            }
            else
            {
                runs.Add(new DelayRun(day.Date, day.Date, day.Council, day.Status, day.Rule.Code, day.Rate, day.Period));
            }
        }

        return runs;
    }
}
