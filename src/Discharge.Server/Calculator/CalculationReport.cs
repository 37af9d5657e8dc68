using Discharge.Domain.Councils;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Calculator;

/// <summary>
/// The calculator's JSON output (README, "The calculator"). Field names and values are stable: councils and hospitals
/// script against them. Dates and choices keep their types; the service's JSON settings write them (ISO dates,
/// kebab-case names, regimes by their Acts), as in the API. <see cref="AsOf"/> is the day computed as of: the
/// scenario's, or today when it gave none (<see cref="AsOfDefaultedToToday"/>).
/// </summary>
internal sealed record CalculationReport(
    string NhsBody,
    string Council,
    ReportRuleSet RuleSet,
    ReferenceDataVersionsReport ReferenceData,
    LocalDate AsOf,
    bool AsOfDefaultedToToday,
    IReadOnlyList<LocalDate> RelevantDays,
    int TotalDays,
    decimal TotalAmount,
    int PotentialDays,
    decimal PotentialAmount,
    IReadOnlyList<CouncilReport> ByCouncil,
    AlternativeReport AlternativeClosingRule,
    IReadOnlyList<DefectiveNoticeReport> DefectiveNotices,
    IReadOnlyList<PeriodReport> Periods,
    IReadOnlyList<DayReport> Days)
{
    public static CalculationReport From(Scenario scenario, EpisodeLiability liability, EpisodeLiability alternative, CouncilRegister councils) => new(
        liability.Episode.NhsBody,
        liability.Episode.Council,
        new ReportRuleSet(liability.RuleSet.Name, liability.RuleSet.Version, liability.RuleSet.ClosingRule),
        new ReferenceDataVersionsReport(liability.ReferenceData.Calendar, liability.ReferenceData.Councils, liability.ReferenceData.RateBands),
        liability.AsOf!.Value,
        scenario.AsOf is null,
        liability.RelevantDays,
        liability.ChargeableDays,
        liability.TotalAmount,
        liability.PotentialDays,
        liability.PotentialAmount,
        liability.ByCouncil.Select(c => new CouncilReport(c.Council, councils.Find(c.Council)?.Name, c.Days, c.Amount, c.PotentialDays, c.PotentialAmount)).ToArray(),
        new AlternativeReport(alternative.RuleSet.ClosingRule, alternative.ChargeableDays, alternative.TotalAmount),
        liability.DefectiveNotices.Select(n => new DefectiveNoticeReport(n.EventIndex, scenario.EventTypes[n.EventIndex], n.Defect.Code, n.Defect.Description, n.Defect.Citation, n.Defect.Confidence)).ToArray(),
        liability.Periods.Select(p => new PeriodReport(
            p.RelevantDay,
            p.AssessmentNoticeIndex,
            p.DischargeNoticeIndex,
            p.Regime,
            p.AssessmentNoticeDay,
            p.IntervalEnd,
            p.ProposedDischargeDate,
            p.FirstDay,
            p.LastDay,
            p.EndedBy,
            p.EndedOn)).ToArray(),
        liability.Days.Select(d => new DayReport(d.Date, d.Council, d.Status, d.Regime, d.Band, d.Rate, d.Amount, d.Rule.Code, d.Rule.Citation, d.Rule.Confidence, d.Period)).ToArray());
}

internal sealed record ReportRuleSet(string Name, string Version, ClosingRule ClosingRule);

internal sealed record ReferenceDataVersionsReport(string Calendar, string Councils, string RateBands);

internal sealed record CouncilReport(string Council, string? Name, int Days, decimal Amount, int PotentialDays, decimal PotentialAmount);

/// <summary>The same scenario under the other closing rule (rules.md §2.3: statements show both answers).</summary>
internal sealed record AlternativeReport(ClosingRule ClosingRule, int TotalDays, decimal TotalAmount);

/// <summary><see cref="Confidence"/> is <c>engine-decision</c> where the law is silent and the engine chose (docs/rules.md).</summary>
internal sealed record DefectiveNoticeReport(int Event, string Type, string Code, string Reason, string Citation, Confidence Confidence);

internal sealed record PeriodReport(
    LocalDate RelevantDay,
    int AssessmentNotice,
    int DischargeNotice,
    Regime Regime,
    LocalDate AssessmentNoticeDay,
    LocalDate IntervalEnd,
    LocalDate ProposedDischargeDate,
    LocalDate? FirstDay,
    LocalDate? LastDay,
    PeriodEnd EndedBy,
    LocalDate EndedOn);

/// <summary><see cref="Confidence"/> is <c>engine-decision</c> where the law is silent and the engine chose (docs/rules.md).</summary>
internal sealed record DayReport(
    LocalDate Date,
    string Council,
    DayStatus Status,
    Regime? Regime,
    RateBand? Band,
    decimal Rate,
    decimal Amount,
    string Rule,
    string Citation,
    Confidence Confidence,
    int Period);
