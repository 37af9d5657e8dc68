using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>What ended (or, for the last two, cut off the listing of) a delayed discharge period.</summary>
public enum PeriodEnd
{
    Discharged,
    SelfDischarged,
    Died,
    DischargeNoticeWithdrawn,
    AssessmentNoticeWithdrawn,

    /// <summary>Still open on the as-of day the caller asked for.</summary>
    AsOf,

    /// <summary>
    /// Still open when the notices' regime ended (or, listed to an as-of day after it, when the scheme ended); no
    /// later day can be charged under them. A 2003 period whose notices lapsed at the change-over ends so on 31 Mar 2015.
    /// </summary>
    EndOfRegime,
}

/// <summary>
/// A relevant day and the delayed discharge period after it, one per valid discharge notice (rules.md §2.2–2.3).
/// <see cref="FirstDay"/> and <see cref="LastDay"/> are null when the period has no days (e.g. the patient
/// left by the end of the relevant day). Event indexes refer to the episode's event list.
/// </summary>
public sealed record DelayPeriod(
    int AssessmentNoticeIndex,
    int DischargeNoticeIndex,
    Regime Regime,
    LocalDate AssessmentNoticeDay,
    LocalDate IntervalEnd,
    LocalDate ProposedDischargeDate,
    LocalDate RelevantDay,
    LocalDate? FirstDay,
    LocalDate? LastDay,
    PeriodEnd EndedBy,
    LocalDate EndedOn);
