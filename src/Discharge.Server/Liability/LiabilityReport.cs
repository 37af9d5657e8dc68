using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Liability;

/// <summary>
/// An episode's liability as the episode answer shows it: totals, and each delay period summed by month, council
/// and status. A long open delay lists thousands of days, so the days themselves are read a page at a time
/// (<c>GET /episodes/{id}/days</c>); <see cref="ListedDays"/> says how many there are.
/// </summary>
public sealed record LiabilityReport(
    LocalDate? AsOf,
    string RuleSet,
    IReadOnlyList<LocalDate> RelevantDays,
    int ChargeableDays,
    decimal TotalAmount,
    int PotentialDays,
    decimal PotentialAmount,
    IReadOnlyList<CouncilTotal> ByCouncil,
    int ListedDays,
    IReadOnlyList<PeriodSummary> Periods,
    IReadOnlyList<DefectiveNotice> DefectiveNotices)
{
    public static LiabilityReport From(EpisodeLiability liability) => new(
        liability.AsOf,
        $"{liability.RuleSet.Name} {liability.RuleSet.Version}",
        liability.RelevantDays,
        liability.ChargeableDays,
        liability.TotalAmount,
        liability.PotentialDays,
        liability.PotentialAmount,
        liability.ByCouncil,
        liability.Days.Count,
        [.. liability.Periods.Select((period, index) => PeriodSummary.Of(period, index, liability.Days))],
        liability.DefectiveNotices);
}

/// <summary>A delay period (its index is the <c>period</c> of its days), with its days summed by month, council and status.</summary>
public sealed record PeriodSummary(
    int Period, Regime Regime, LocalDate RelevantDay, LocalDate? FirstDay, LocalDate? LastDay, PeriodEnd EndedBy, LocalDate EndedOn, IReadOnlyList<MonthSummary> Months)
{
    public static PeriodSummary Of(DelayPeriod period, int index, IReadOnlyList<LiabilityDay> days) => new(
        index,
        period.Regime,
        period.RelevantDay,
        period.FirstDay,
        period.LastDay,
        period.EndedBy,
        period.EndedOn,
        [.. days.Where(d => d.Period == index)
            .GroupBy(d => (Month: d.Date.ToString("yyyy-MM", null), d.Council, d.Status))
            .Select(g => new MonthSummary(g.Key.Month, g.Key.Council, g.Key.Status, g.Count(), g.Sum(d => d.Rate)))
            .OrderBy(m => m.Month, StringComparer.Ordinal)
            .ThenBy(m => m.Council, StringComparer.Ordinal)
            .ThenBy(m => m.Status)]);
}

/// <summary>
/// The days of one status in a month, for one council, and what they come to at their daily rate: owed for chargeable
/// days, what the NHS body could require for potential days, nothing for the others.
/// </summary>
public sealed record MonthSummary(string Month, string Council, DayStatus Status, int Days, decimal Amount);

public sealed record LiabilityReportDay(LocalDate Date, string Council, DayStatus Status, decimal Amount, DecisionRule Rule, int Period)
{
    public static LiabilityReportDay Of(LiabilityDay day) => new(day.Date, day.Council, day.Status, day.Amount, day.Rule, day.Period);
}
