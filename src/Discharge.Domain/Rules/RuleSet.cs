using Discharge.Domain.Calendar;
using NodaTime;

namespace Discharge.Domain.Rules;

/// <summary>
/// Every parameter whose law is uncertain (rules.md §2.5 and §10), as named, versioned data. Each computed
/// figure records the rule set that produced it. The initial values are the defaults chosen in rules.md.
/// </summary>
public sealed record RuleSet
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    /// <summary>The zone in which notice times are read (rules.md §1.4, Appendix C: GMT/BST).</summary>
    public string TimeZone { get; init; } = "Europe/London";

    /// <summary>A notice delivered at or after this local time counts as given the next day [S40].</summary>
    public LocalTime CutoffTime { get; init; } = new(14, 0);

    /// <summary>
    /// Whether withdrawals also move to the next day after the cut-off. Reg 11 speaks only of assessment and
    /// discharge notices, so by default a withdrawal takes effect on the day it is delivered.
    /// </summary>
    public bool CutoffAppliesToWithdrawals { get; init; }

    /// <summary>Length of the minimum interval in counted days (2014 Regs reg 8; 2003 [S16] [S20]).</summary>
    public int MinIntervalDays { get; init; } = 2;

    /// <summary>Days the interval does not count (A4).</summary>
    public ExcludedDays IntervalExcludes { get; init; } = ExcludedDays.SundaysAndPublicHolidays;

    /// <summary>Whether a notice given on an excluded day counts as given on the next counted day (A2).</summary>
    public bool RollNoticeOffExcludedDay { get; init; }

    public ClosingRule ClosingRule { get; init; } = ClosingRule.StatutoryInclusive;

    public DefectiveDischargeNoticeHandling DefectiveDischargeNotice { get; init; } = DefectiveDischargeNoticeHandling.Reject;

    /// <summary>The holiday table version this rule set requires; null accepts the one in the reference data.</summary>
    public string? CalendarVersion { get; init; }

    public RegimeTimeline Timeline { get; init; } = new();

    /// <summary>Whether 2014-regime days inside <see cref="RegimeInDoubt"/> are withheld (rules.md §11 item 8).</summary>
    public bool WithholdRegimeInDoubt { get; init; } = true;

    /// <summary>From the Coronavirus Act 2020 to the end of Sch 3: whether Sch 3 still operated is unchecked.</summary>
    public DateInterval RegimeInDoubt { get; init; } = new(new LocalDate(2020, 3, 25), new LocalDate(2022, 6, 30));

    public CareAct2014Billing CareAct2014Billing { get; init; } = CareAct2014Billing.OnPaymentRequirement;

    public PaymentRequirementCoverage PaymentRequirementCovers { get; init; } = PaymentRequirementCoverage.WholeEpisode;

    public PatientChoiceDays PatientChoiceDays { get; init; } = PatientChoiceDays.NotChargeable;
}
