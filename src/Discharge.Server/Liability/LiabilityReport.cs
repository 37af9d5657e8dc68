using Discharge.Domain.Liability;
using NodaTime;

namespace Discharge.Server.Liability;

/// <summary>An episode's liability as the API shows it: totals, relevant days, and every day with its rule.</summary>
public sealed record LiabilityReport(
    LocalDate? AsOf,
    string RuleSet,
    IReadOnlyList<LocalDate> RelevantDays,
    int ChargeableDays,
    decimal TotalAmount,
    int PotentialDays,
    decimal PotentialAmount,
    IReadOnlyList<CouncilTotal> ByCouncil,
    IReadOnlyList<LiabilityReportDay> Days,
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
        [.. liability.Days.Select(d => new LiabilityReportDay(d.Date, d.Council, d.Status, d.Amount, d.Rule))],
        liability.DefectiveNotices);
}

public sealed record LiabilityReportDay(LocalDate Date, string Council, DayStatus Status, decimal Amount, DecisionRule Rule);
