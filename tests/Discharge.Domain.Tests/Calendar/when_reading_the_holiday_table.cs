using Discharge.Domain.Calendar;

namespace Discharge.Domain.Tests.Calendar;

/// <summary>rules.md Appendix A and C: the shipped England and Wales table.</summary>
public class when_reading_the_holiday_table
{
    private static readonly PublicHolidayCalendar Holidays = ReferenceData.Default.Calendar;

    [Theory]
    [InlineData("2003-04-18")] // Good Friday
    [InlineData("2004-04-09")] // Good Friday
    [InlineData("2004-04-12")] // Easter Monday
    [InlineData("2004-12-25")] // Christmas Day on a Saturday
    [InlineData("2004-12-27")] // substitute
    [InlineData("2004-12-28")] // substitute
    [InlineData("2005-01-03")] // substitute for Sat 1 Jan
    [InlineData("2005-12-25")] // Christmas Day on a Sunday
    [InlineData("2005-12-27")] // substitute
    [InlineData("2011-04-29")] // royal wedding
    [InlineData("2012-06-04")] // spring bank holiday moved
    [InlineData("2012-06-05")] // Diamond Jubilee
    [InlineData("2015-12-28")] // substitute for Boxing Day on Sat 26 Dec
    [InlineData("2016-12-27")] // substitute
    [InlineData("2020-05-08")] // early May bank holiday moved (VE Day)
    [InlineData("2022-06-02")] // spring bank holiday moved
    [InlineData("2022-06-03")] // Platinum Jubilee
    public void these_days_are_public_holidays(string date)
    {
        Holidays.IsPublicHoliday(EpisodeBuilder.Date(date)).Should().BeTrue();
    }

    [Theory]
    [InlineData("2012-05-28")] // the spring bank holiday moved away
    [InlineData("2020-05-04")] // the early May bank holiday moved away
    [InlineData("2022-05-30")] // the spring bank holiday moved away
    [InlineData("2015-12-26")] // Boxing Day on a Saturday: only the substitute Monday (A3)
    [InlineData("2004-01-05")] // an ordinary Monday
    [InlineData("2005-01-01")] // New Year's Day on a Saturday
    public void these_days_are_not(string date)
    {
        Holidays.IsPublicHoliday(EpisodeBuilder.Date(date)).Should().BeFalse();
    }

    [Fact]
    public void the_table_is_versioned_and_covers_the_whole_scheme()
    {
        Holidays.Version.Should().Be("2026.1");
        Holidays.Name.Should().Be("england-and-wales");
        Holidays.Covers(EpisodeBuilder.Date("2003-10-01")).Should().BeTrue();
        Holidays.Covers(EpisodeBuilder.Date("2022-12-31")).Should().BeTrue();
        Holidays.Holidays.Count(h => h.Date.Year == 2004).Should().Be(9);
    }

    [Fact]
    public void days_outside_the_table_are_not_holidays()
    {
        Holidays.IsPublicHoliday(EpisodeBuilder.Date("1999-12-25")).Should().BeFalse();
        Holidays.IsPublicHoliday(EpisodeBuilder.Date("2030-12-25")).Should().BeFalse();
        Holidays.Covers(EpisodeBuilder.Date("2030-12-25")).Should().BeFalse();
    }
}
