using Discharge.Domain.Councils;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.WorkedExamples;

/// <summary>rules.md §8 E1: 2003 regime, lower rate, weekend inside the period.</summary>
public class e1_a_basic_weekday_case
{
    private readonly EpisodeBuilder episode = EpisodeBuilder.For(TestCouncils.Derby)
        .AssessmentNotice("2004-01-12 10:15")
        .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
        .Discharged("2004-01-20");

    [Fact]
    public void the_relevant_day_is_the_proposed_day_thursday_15_january()
    {
        var period = episode.Inclusive().Periods.Should().ContainSingle().Subject;

        period.IntervalEnd.Should().Be(EpisodeBuilder.Date("2004-01-14"));
        period.RelevantDay.Should().Be(EpisodeBuilder.Date("2004-01-15"));
    }

    [Fact]
    public void friday_to_tuesday_are_charged_weekend_included()
    {
        var liability = episode.Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-20"));
        liability.TotalAmount.Should().Be(500m);
        liability.ChargeableDays.Should().Be(5);
        liability.Day("2004-01-17").Should().Match<LiabilityDay>(d =>
            d.Rate == 100m && d.Band == RateBand.Lower && d.Regime == Regime.Act2003 && d.Rule.Code == "chargeable-2003");
    }

    [Fact]
    public void the_census_leaves_out_the_discharge_day()
    {
        var liability = episode.Census();

        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-19"));
        liability.TotalAmount.Should().Be(400m);
        liability.Day("2004-01-20").Status.Should().Be(DayStatus.Closed);
        liability.Day("2004-01-20").Rule.Code.Should().Be("census-discharged");
    }
}
