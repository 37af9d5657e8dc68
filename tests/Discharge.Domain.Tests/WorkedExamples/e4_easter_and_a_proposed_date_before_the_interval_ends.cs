namespace Discharge.Domain.Tests.WorkedExamples;

/// <summary>rules.md §8 E4: Good Friday, Sunday and Easter Monday are skipped; the later date wins.</summary>
public class e4_easter_and_a_proposed_date_before_the_interval_ends
{
    private readonly EpisodeBuilder episode = EpisodeBuilder.For()
        .AssessmentNotice("2004-04-08 11:00")
        .DischargeNotice("2004-04-08 12:00", proposed: "2004-04-10")
        .Discharged("2004-04-19");

    [Fact]
    public void the_interval_ends_on_tuesday_13_april_and_that_is_the_relevant_day()
    {
        var period = episode.Inclusive().Periods.Single();

        period.IntervalEnd.Should().Be(EpisodeBuilder.Date("2004-04-13"));
        period.ProposedDischargeDate.Should().Be(EpisodeBuilder.Date("2004-04-10"));
        period.RelevantDay.Should().Be(EpisodeBuilder.Date("2004-04-13"));
    }

    [Fact]
    public void wednesday_to_monday_are_charged()
    {
        var liability = episode.Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2004-04-14", "2004-04-19"));
        liability.TotalAmount.Should().Be(600m);
    }

    [Fact]
    public void the_census_charges_five_days()
    {
        episode.Census().TotalAmount.Should().Be(500m);
    }
}
