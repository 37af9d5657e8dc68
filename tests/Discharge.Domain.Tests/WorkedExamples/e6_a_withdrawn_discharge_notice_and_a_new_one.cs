using Discharge.Domain.Liability;

namespace Discharge.Domain.Tests.WorkedExamples;

/// <summary>rules.md §8 E6: a withdrawal ends the period; a fresh notice makes a new relevant day.</summary>
public class e6_a_withdrawn_discharge_notice_and_a_new_one
{
    private readonly EpisodeBuilder episode = EpisodeBuilder.For()
        .AssessmentNotice("2004-10-04 10:00")
        .DischargeNotice("2004-10-04 11:00", proposed: "2004-10-07")
        .DischargeNoticeWithdrawn("2004-10-11 09:30")
        .DischargeNotice("2004-10-18 10:00", proposed: "2004-10-20")
        .Discharged("2004-10-22");

    [Fact]
    public void each_notice_has_its_relevant_day()
    {
        episode.Inclusive().RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-10-07"), EpisodeBuilder.Date("2004-10-20"));
    }

    [Fact]
    public void friday_to_the_withdrawal_monday_and_thursday_to_friday_are_charged()
    {
        var liability = episode.Inclusive();

        liability.ChargedDates().Should().Equal([.. Dates("2004-10-08", "2004-10-11"), .. Dates("2004-10-21", "2004-10-22")]);
        liability.TotalAmount.Should().Be(600m);
        liability.Periods[0].EndedBy.Should().Be(PeriodEnd.DischargeNoticeWithdrawn);
        liability.Periods[1].EndedBy.Should().Be(PeriodEnd.Discharged);
    }

    [Fact]
    public void the_days_between_the_periods_are_not_listed()
    {
        episode.Inclusive().Days.Should().NotContain(d => d.Date > EpisodeBuilder.Date("2004-10-11") && d.Date < EpisodeBuilder.Date("2004-10-21"));
    }

    [Fact]
    public void the_census_charges_four_days()
    {
        var liability = episode.Census();

        liability.ChargedDates().Should().Equal([.. Dates("2004-10-08", "2004-10-10"), EpisodeBuilder.Date("2004-10-21")]);
        liability.TotalAmount.Should().Be(400m);
        liability.Day("2004-10-11").Rule.Code.Should().Be("census-discharge-notice-withdrawn");
    }
}
