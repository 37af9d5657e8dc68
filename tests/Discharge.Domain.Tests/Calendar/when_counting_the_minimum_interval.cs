using Discharge.Domain.Calendar;

namespace Discharge.Domain.Tests.Calendar;

/// <summary>rules.md §2.1: two counted days after the notice day; Sundays and public holidays skipped, Saturdays counted.</summary>
public class when_counting_the_minimum_interval
{
    private static readonly MinimumIntervalCalendar Default = new(ReferenceData.Default.Calendar, ExcludedDays.SundaysAndPublicHolidays);
    private static readonly MinimumIntervalCalendar SaturdaysToo = new(ReferenceData.Default.Calendar, ExcludedDays.WeekendsAndPublicHolidays);

    [Theory]
    [InlineData("2004-01-12", "2004-01-14")] // Mon: Tue, Wed
    [InlineData("2004-01-16", "2004-01-19")] // Fri: Sat counted, Sun skipped, Mon
    [InlineData("2004-01-17", "2004-01-20")] // Sat: Sun skipped, Mon, Tue (E2)
    [InlineData("2004-04-08", "2004-04-13")] // Thu before Easter: Good Fri, Sun, Easter Mon skipped (E4)
    [InlineData("2004-12-23", "2004-12-29")] // Fri 24 counted; Sat 25, Sun 26, Mon 27, Tue 28 skipped
    [InlineData("2012-06-01", "2012-06-06")] // Sat 2 counted; Sun 3 and the Jubilee Mon 4, Tue 5 skipped
    [InlineData("2020-05-07", "2020-05-11")] // Fri 8 May 2020 (moved holiday) skipped, Sat 9 counted, Sun skipped, Mon 11
    public void the_interval_ends_on_the_second_counted_day(string noticeDay, string end)
    {
        Default.IntervalEnd(EpisodeBuilder.Date(noticeDay), 2).Should().Be(EpisodeBuilder.Date(end));
    }

    [Fact]
    public void the_moved_may_2020_holiday_is_skipped_and_the_old_monday_counts()
    {
        Default.IntervalEnd(EpisodeBuilder.Date("2020-05-01"), 2).Should().Be(EpisodeBuilder.Date("2020-05-04"));
        Default.IntervalEnd(EpisodeBuilder.Date("2020-05-07"), 1).Should().Be(EpisodeBuilder.Date("2020-05-09"));
    }

    [Theory]
    [InlineData("2004-01-16", "2004-01-20")] // Fri: Sat and Sun skipped, Mon, Tue
    [InlineData("2004-01-15", "2004-01-19")] // Thu: Fri, then Mon
    public void the_alternative_skips_saturdays_too(string noticeDay, string end)
    {
        SaturdaysToo.IntervalEnd(EpisodeBuilder.Date(noticeDay), 2).Should().Be(EpisodeBuilder.Date(end));
    }

    [Fact]
    public void a_longer_interval_counts_more_days()
    {
        Default.IntervalEnd(EpisodeBuilder.Date("2004-01-12"), 3).Should().Be(EpisodeBuilder.Date("2004-01-15"));
    }

    [Theory]
    [InlineData("2004-01-18", "2004-01-19")] // Sunday moves to Monday
    [InlineData("2004-04-09", "2004-04-10")] // Good Friday moves to Saturday
    [InlineData("2004-04-11", "2004-04-13")] // Easter Sunday moves past Easter Monday
    [InlineData("2004-01-17", "2004-01-17")] // a Saturday stays
    public void the_next_counted_day_skips_excluded_days(string day, string next)
    {
        Default.NextCountedDay(EpisodeBuilder.Date(day)).Should().Be(EpisodeBuilder.Date(next));
    }
}
