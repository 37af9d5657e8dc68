using Discharge.Domain.Councils;
using Discharge.Domain.Liability;

namespace Discharge.Domain.Tests.WorkedExamples;

/// <summary>rules.md §8 E10: holidays are charged; each council pays its own rate from the day it takes over.</summary>
public class e10_ordinary_residence_moves_over_christmas
{
    private readonly EpisodeBuilder episode = EpisodeBuilder.For(TestCouncils.Derby)
        .AssessmentNotice("2004-12-22 10:00")
        .DischargeNotice("2004-12-22 11:00", proposed: "2004-12-23")
        .ResponsibilityTransferred("2005-01-04", TestCouncils.Camden)
        .Discharged("2005-01-07");

    [Fact]
    public void the_relevant_day_is_christmas_eve()
    {
        episode.Inclusive().RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-12-24"));
    }

    [Fact]
    public void the_first_council_pays_ten_days_at_the_lower_rate_holidays_included()
    {
        var liability = episode.Inclusive();

        liability.ByCouncil.Should().ContainEquivalentOf(new CouncilTotal(TestCouncils.Derby, 10, 1000m, 0, 0m));
        liability.Days.Where(d => d.Council == TestCouncils.Derby).Select(d => d.Date).Should().Equal(Dates("2004-12-25", "2005-01-03"));
    }

    [Fact]
    public void the_council_that_takes_over_pays_four_days_at_the_higher_rate()
    {
        var liability = episode.Inclusive();

        liability.ByCouncil.Should().ContainEquivalentOf(new CouncilTotal(TestCouncils.Camden, 4, 480m, 0, 0m));
        liability.Day("2005-01-04").Should().Match<LiabilityDay>(d => d.Council == TestCouncils.Camden && d.Band == RateBand.Higher && d.Rate == 120m);
        liability.TotalAmount.Should().Be(1480m);
    }

    [Fact]
    public void the_census_charges_the_second_council_three_days()
    {
        var liability = episode.Census();

        liability.ByCouncil.Should().BeEquivalentTo([new CouncilTotal(TestCouncils.Derby, 10, 1000m, 0, 0m), new CouncilTotal(TestCouncils.Camden, 3, 360m, 0, 0m)]);
    }
}
