using System.Text.Json;
using Discharge.Domain.Councils;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Calculator;

/// <summary>The calculator's JSON output (README, "The calculator"). Field names and values are stable: councils and hospitals script against them.</summary>
internal sealed record CalculationReport(
    string NhsBody,
    string Council,
    ReportRuleSet RuleSet,
    ReferenceDataVersionsReport ReferenceData,
    string? AsOf,
    IReadOnlyList<string> RelevantDays,
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
        new ReportRuleSet(liability.RuleSet.Name, liability.RuleSet.Version, Name(liability.RuleSet.ClosingRule)),
        new ReferenceDataVersionsReport(liability.ReferenceData.Calendar, liability.ReferenceData.Councils, liability.ReferenceData.RateBands),
        Date(liability.AsOf),
        liability.RelevantDays.Select(Date).ToArray(),
        liability.ChargeableDays,
        liability.TotalAmount,
        liability.PotentialDays,
        liability.PotentialAmount,
        liability.ByCouncil.Select(c => new CouncilReport(c.Council, councils.Find(c.Council)?.Name, c.Days, c.Amount, c.PotentialDays, c.PotentialAmount)).ToArray(),
        new AlternativeReport(Name(alternative.RuleSet.ClosingRule), alternative.ChargeableDays, alternative.TotalAmount),
        liability.DefectiveNotices.Select(n => new DefectiveNoticeReport(n.EventIndex, scenario.EventTypes[n.EventIndex], n.Defect.Code, n.Defect.Description, n.Defect.Citation)).ToArray(),
        liability.Periods.Select(p => new PeriodReport(
            p.RelevantDay.ToIsoString(),
            p.AssessmentNoticeIndex,
            p.DischargeNoticeIndex,
            Name(p.Regime),
            p.AssessmentNoticeDay.ToIsoString(),
            p.IntervalEnd.ToIsoString(),
            p.ProposedDischargeDate.ToIsoString(),
            Date(p.FirstDay),
            Date(p.LastDay),
            Name(p.EndedBy),
            p.EndedOn.ToIsoString())).ToArray(),
        liability.Days.Select(d => new DayReport(
            d.Date.ToIsoString(),
            d.Council,
            Name(d.Status),
            d.Regime is { } regime ? Name(regime) : null,
            d.Band is { } band ? Name(band) : null,
            d.Rate,
            d.Amount,
            d.Rule.Code,
            d.Rule.Citation,
            d.Period)).ToArray());

    /// <summary>Regimes by their Acts: <c>act-2003</c> and <c>care-act-2014</c>.</summary>
    public static string Name(Regime regime) => regime == Regime.Act2003 ? "act-2003" : "care-act-2014";

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static string Date(LocalDate date) => date.ToIsoString();

    private static string? Date(LocalDate? date) => date?.ToIsoString();
}

internal sealed record ReportRuleSet(string Name, string Version, string ClosingRule);

internal sealed record ReferenceDataVersionsReport(string Calendar, string Councils, string RateBands);

internal sealed record CouncilReport(string Council, string? Name, int Days, decimal Amount, int PotentialDays, decimal PotentialAmount);

/// <summary>The same scenario under the other closing rule (rules.md §2.3: statements show both answers).</summary>
internal sealed record AlternativeReport(string ClosingRule, int TotalDays, decimal TotalAmount);

internal sealed record DefectiveNoticeReport(int Event, string Type, string Code, string Reason, string Citation);

internal sealed record PeriodReport(
    string RelevantDay,
    int AssessmentNotice,
    int DischargeNotice,
    string Regime,
    string AssessmentNoticeDay,
    string IntervalEnd,
    string ProposedDischargeDate,
    string? FirstDay,
    string? LastDay,
    string EndedBy,
    string EndedOn);

internal sealed record DayReport(
    string Date,
    string Council,
    string Status,
    string? Regime,
    string? Band,
    decimal Rate,
    decimal Amount,
    string Rule,
    string Citation,
    int Period);

internal static class IsoDates
{
    public static string ToIsoString(this LocalDate date) => LocalDatePattern.Iso.Format(date);
}
