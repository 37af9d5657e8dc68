namespace Discharge.Domain.Liability;

/// <summary>What a day of a delayed discharge period comes to. Only <see cref="Chargeable"/> days carry an amount.</summary>
public enum DayStatus
{
    /// <summary>Every condition of liability holds; the council owes the day's rate.</summary>
    Chargeable,

    /// <summary>A 2014-regime day the NHS body could require payment for but has not (A12).</summary>
    Potential,

    /// <summary>Before 5 Jan 2004: notices ran but s.6 (money) was not in force.</summary>
    Shadow,

    /// <summary>An NHS service needed for discharge was also awaited: the council was not the sole cause.</summary>
    BlockedByNhs,

    /// <summary>The council's services were in place; it no longer caused the delay.</summary>
    ServicesInPlace,

    /// <summary>The patient was not a qualifying patient: not in acute care, self-funded, or not the responsibility of an English council.</summary>
    NotQualifying,

    /// <summary>
    /// The council responsible that day, or the NHS body, did not exist that day (abolished, not yet created, closed):
    /// no one can be charged for the day until the right party is recorded (docs/rules.md#council-not-in-existence).
    /// </summary>
    PartyNotInExistence,

    /// <summary>The rules say nothing about the day (e.g. a return to acute care under the same notices): not charged, for a person to review.</summary>
    ReviewNeeded,

    /// <summary>The patient or family's choice delayed discharge (A11).</summary>
    PatientChoice,

    /// <summary>After the last regime ended (Sch 3 removed from 1 Jul 2022).</summary>
    RegimeEnded,

    /// <summary>A 2014-regime day in the window where Sch 3's operation is unverified (rules.md §11 item 8).</summary>
    RegimeInDoubt,

    /// <summary>A day from 1 Apr 2015 covered only by 2003-Act notices: Care Act notices are needed (§3.6).</summary>
    AwaitingCareActNotices,

    /// <summary>Midnight census only: the closing event happened during the day, so the day is not charged.</summary>
    Closed,
}
