namespace Discharge.Domain.Rules;

/// <summary>Whether the closing day of a delay is charged (rules.md §2.3, A1).</summary>
public enum ClosingRule
{
    /// <summary>A day is charged when every condition held as it began: the closing day is charged ("ends on the day ... discharged", notes 37).</summary>
    StatutoryInclusive,

    /// <summary>A day is charged only when every condition still holds at the end of the day (23:59): the closing day is not.</summary>
    MidnightCensus,
}

/// <summary>What to do with a discharge notice given less than one day before its proposed date (reg 5; A5).</summary>
public enum DefectiveDischargeNoticeHandling
{
    /// <summary>The notice is defective: no relevant day; the NHS body must give a new one.</summary>
    Reject,

    /// <summary>The proposed date becomes the first lawful one: the day after the notice is treated as given.</summary>
    FirstLawfulDate,
}

/// <summary>How 2014-regime days become payable: the NHS body "may require" payment (Sch 3; rules.md §3.2, A12).</summary>
public enum CareAct2014Billing
{
    /// <summary>Days accrue as potential liability and are billed only once a payment requirement is recorded.</summary>
    OnPaymentRequirement,

    /// <summary>Days are billed as they accrue, as under the 2003 regime.</summary>
    Automatic,
}

/// <summary>Which days of the episode a 2014 payment requirement makes billable (a decision: the regulation text is unverified).</summary>
public enum PaymentRequirementCoverage
{
    /// <summary>Every chargeable 2014-regime day of the episode, before or after the requirement.</summary>
    WholeEpisode,

    /// <summary>Only days up to and including the day the requirement was given; later days need a later requirement.</summary>
    DaysUpToRequirement,
}

/// <summary>Whether days delayed by patient or family choice are charged (rules.md §3.3, A11; DToC reason G).</summary>
public enum PatientChoiceDays
{
    NotChargeable,
    Chargeable,
}
