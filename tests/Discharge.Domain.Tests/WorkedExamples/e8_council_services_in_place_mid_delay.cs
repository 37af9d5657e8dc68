using Discharge.Domain.Liability;

namespace Discharge.Domain.Tests.WorkedExamples;

/// <summary>rules.md §8 E8: once the council's package is in place, it is no longer the sole cause.</summary>
public class e8_council_services_in_place_mid_delay
{
    private readonly EpisodeBuilder episode = EpisodeBuilder.For()
        .AssessmentNotice("2004-02-02 09:30")
        .DischargeNotice("2004-02-03 09:00", proposed: "2004-02-05")
        .ServicesInPlace("2004-02-10")
        .Discharged("2004-02-12");

    [Fact]
    public void friday_to_the_day_services_are_in_place_are_charged()
    {
        var liability = episode.Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2004-02-06", "2004-02-10"));
        liability.TotalAmount.Should().Be(500m);
    }

    [Fact]
    public void the_days_after_are_services_in_place()
    {
        var liability = episode.Inclusive();

        liability.DatesWith(DayStatus.ServicesInPlace).Should().Equal(Dates("2004-02-11", "2004-02-12"));
        liability.Day("2004-02-11").Rule.Code.Should().Be("council-services-in-place");
    }

    [Fact]
    public void the_census_stops_before_the_day_services_are_in_place()
    {
        var liability = episode.Census();

        liability.ChargedDates().Should().Equal(Dates("2004-02-06", "2004-02-09"));
        liability.TotalAmount.Should().Be(400m);
        liability.DatesWith(DayStatus.ServicesInPlace).Should().Equal(Dates("2004-02-10", "2004-02-12"));
    }
}
