using Discharge.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Domain.Tests.Calendar;

/// <summary>rules.md §1.4 and Appendix C: the 14:00 cut-off is read in UK local time, GMT in winter and BST in summer.</summary>
public class when_a_notice_arrives_after_the_cutoff
{
    private static readonly NoticeTiming Timing = new(DateTimeZoneProviders.Tzdb["Europe/London"], new LocalTime(14, 0), moveOffExcludedDays: null);

    private static Instant Utc(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    [Theory]
    [InlineData("2004-06-15T13:30:00Z", "2004-06-16")] // 14:30 BST: next day (Appendix C)
    [InlineData("2004-06-15T12:59:59Z", "2004-06-15")] // 13:59:59 BST
    [InlineData("2004-01-15T13:30:00Z", "2004-01-15")] // 13:30 GMT
    [InlineData("2004-01-15T14:00:00Z", "2004-01-16")] // exactly 14:00 counts as after
    [InlineData("2004-03-28T13:00:00Z", "2004-03-29")] // the day BST starts: 14:00 BST
    [InlineData("2004-03-27T13:00:00Z", "2004-03-27")] // the day before: 13:00 GMT
    [InlineData("2004-10-31T13:30:00Z", "2004-10-31")] // the day BST ends: 13:30 GMT
    [InlineData("2004-06-30T23:30:00Z", "2004-07-01")] // 00:30 BST on 1 July: that local date, before the cut-off
    public void the_day_given_is_the_local_date_moved_on_at_the_cutoff(string instant, string dayGiven)
    {
        Timing.DayGiven(Utc(instant)).Should().Be(EpisodeBuilder.Date(dayGiven));
    }

    [Fact]
    public void the_local_date_of_an_event_ignores_the_cutoff()
    {
        Timing.LocalDate(Utc("2004-06-15T13:30:00Z")).Should().Be(EpisodeBuilder.Date("2004-06-15"));
    }

    [Fact]
    public void with_the_move_switch_a_notice_after_the_cutoff_on_saturday_counts_on_monday()
    {
        var moving = new NoticeTiming(
            DateTimeZoneProviders.Tzdb["Europe/London"],
            new LocalTime(14, 0),
            new MinimumIntervalCalendar(ReferenceData.Default.Calendar, ExcludedDays.SundaysAndPublicHolidays));

        moving.DayGiven(Utc("2004-01-17T15:00:00Z")).Should().Be(EpisodeBuilder.Date("2004-01-19"));
    }
}
