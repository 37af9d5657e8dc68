using NodaTime;

namespace Discharge.Domain.Calendar;

/// <summary>
/// Day counting for the minimum interval (2003) / minimum period (2014): starts the day after the assessment
/// notice is treated as given and skips the excluded days (rules.md §2.1; 2014 Regs reg 8).
/// </summary>
public sealed class MinimumIntervalCalendar(PublicHolidayCalendar holidays, ExcludedDays excluded)
{
    public PublicHolidayCalendar Holidays { get; } = holidays;

    public ExcludedDays Excluded { get; } = excluded;

    public bool IsExcluded(LocalDate date)
    {
        var dayOfWeek = date.DayOfWeek;
        return (dayOfWeek == IsoDayOfWeek.Sunday && (Excluded & ExcludedDays.Sunday) != 0)
            || (dayOfWeek == IsoDayOfWeek.Saturday && (Excluded & ExcludedDays.Saturday) != 0)
            || ((Excluded & ExcludedDays.PublicHoliday) != 0 && Holidays.IsPublicHoliday(date));
    }

    /// <summary>The last day of an interval of <paramref name="length"/> counted days after <paramref name="noticeDay"/>.</summary>
    public LocalDate IntervalEnd(LocalDate noticeDay, int length)
    {
        var day = noticeDay;
        for (var counted = 0; counted < length;)
        {
            day = day.PlusDays(1);
            if (!IsExcluded(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The day itself if it counts, else the next day that does (the A2 "move" alternative).</summary>
    public LocalDate NextCountedDay(LocalDate date)
    {
        while (IsExcluded(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }
}
