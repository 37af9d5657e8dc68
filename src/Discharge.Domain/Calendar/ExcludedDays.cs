namespace Discharge.Domain.Calendar;

/// <summary>The kinds of day the minimum interval does not count (rules.md §2.1, A4).</summary>
[Flags]
public enum ExcludedDays
{
    None = 0,
    Saturday = 1,
    Sunday = 2,
    PublicHoliday = 4,

    /// <summary>The default: ministers refused to exclude Saturdays (rules.md §1.4 [S19]).</summary>
    SundaysAndPublicHolidays = Sunday | PublicHoliday,

    /// <summary>The Lords' wording of 17 Mar 2003, kept as the alternative until the enacted s.5(7)(b) is checked.</summary>
    WeekendsAndPublicHolidays = Saturday | Sunday | PublicHoliday,
}
