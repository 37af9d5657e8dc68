using NodaTime;

namespace Discharge.Domain.Calendar;

/// <summary>
/// When a notice counts as given (rules.md §1.4): the delivery instant in UK local time, moved to the next day
/// when delivered at or after the cut-off, and optionally moved off an excluded day (A2).
/// </summary>
public sealed class NoticeTiming(DateTimeZone zone, LocalTime cutoff, MinimumIntervalCalendar? moveOffExcludedDays)
{
    /// <summary>The local calendar date of the instant (no cut-off): the day something happened.</summary>
    public LocalDate LocalDate(Instant at) => at.InZone(zone).Date;

    /// <summary>The day the notice is treated as given (2014 Regs reg 11; 14:00 practice [S40]).</summary>
    public LocalDate DayGiven(Instant at)
    {
        var local = at.InZone(zone).LocalDateTime;
        var day = local.TimeOfDay >= cutoff ? local.Date.PlusDays(1) : local.Date;
        return moveOffExcludedDays is null ? day : moveOffExcludedDays.NextCountedDay(day);
    }
}
