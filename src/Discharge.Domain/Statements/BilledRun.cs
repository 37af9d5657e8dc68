using Discharge.Domain.Liability;
using NodaTime;

namespace Discharge.Domain.Statements;

/// <summary>Consecutive days of one delay period that the rules engine decided alike (rule and rate): one line of a bill.</summary>
public sealed record BilledRun(int Period, LocalDate From, LocalDate Until, int Days, decimal Rate, DecisionRule Rule)
{
    public decimal Amount => Days * Rate;

    /// <summary>Runs of the given days, taken in date order; a new run starts at a gap or wherever period, rule or rate changes.</summary>
    public static List<BilledRun> Of(IEnumerable<LiabilityDay> days)
    {
        var runs = new List<BilledRun>();
        foreach (var day in days)
        {
            if (runs.Count > 0 && runs[^1] is var run && run.Until.PlusDays(1) == day.Date
                && run.Period == day.Period && run.Rule.Code == day.Rule.Code && run.Rate == day.Rate)
            {
                runs[^1] = run with { Until = day.Date, Days = run.Days + 1 };
            }
            else
            {
                runs.Add(new BilledRun(day.Period, day.Date, day.Date, 1, day.Rate, day.Rule));
            }
        }

        return runs;
    }
}
