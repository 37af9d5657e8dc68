namespace Discharge.Domain.Tests.WorkedExamples;

/// <summary>rules.md §8 E2: the 14:00 cut-off is worth a day.</summary>
public class e2_a_notice_after_the_cutoff_on_a_friday
{
    private static EpisodeBuilder Episode(string assessmentTime) => EpisodeBuilder.For()
        .AssessmentNotice(assessmentTime)
        .DischargeNotice("2004-01-16 15:35", proposed: "2004-01-19")
        .Discharged("2004-01-23");

    [Fact]
    public void at_15_30_the_notice_counts_as_given_on_saturday_and_the_relevant_day_is_tuesday()
    {
        var liability = Episode("2004-01-16 15:30").Inclusive();

        liability.Periods.Single().AssessmentNoticeDay.Should().Be(EpisodeBuilder.Date("2004-01-17"));
        liability.RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-20"));
        liability.ChargedDates().Should().Equal(Dates("2004-01-21", "2004-01-23"));
        liability.TotalAmount.Should().Be(300m);
    }

    [Fact]
    public void at_15_30_the_census_charges_two_days()
    {
        Episode("2004-01-16 15:30").Census().TotalAmount.Should().Be(200m);
    }

    [Fact]
    public void at_13_59_the_notice_counts_that_friday_and_the_relevant_day_is_monday()
    {
        var liability = Episode("2004-01-16 13:59").Inclusive();

        liability.RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-19"));
        liability.ChargedDates().Should().Equal(Dates("2004-01-20", "2004-01-23"));
        liability.TotalAmount.Should().Be(400m);
    }

    [Fact]
    public void at_13_59_the_census_charges_three_days()
    {
        Episode("2004-01-16 13:59").Census().TotalAmount.Should().Be(300m);
    }
}
