using Discharge.Domain.Councils;
using Discharge.Domain.Liability;

namespace Discharge.Domain.Tests.Liability;

/// <summary>rules.md §3.4 and §4: each day is billed to the council responsible that day, at its own band.</summary>
public class when_responsibility_moves_between_councils
{
    [Fact]
    public void a_move_to_a_london_council_under_the_2014_regime_bills_it_at_155_pounds()
    {
        var liability = EpisodeBuilder.For(TestCouncils.Leeds)
            .AssessmentNotice("2016-05-09 10:00")
            .DischargeNotice("2016-05-09 11:00", proposed: "2016-05-11")
            .ResponsibilityTransferred("2016-05-14", TestCouncils.Camden)
            .PaymentRequired("2016-05-20 10:00")
            .Discharged("2016-05-16")
            .Inclusive();

        liability.ByCouncil.Should().Equal(
            new CouncilTotal(TestCouncils.Leeds, 2, 260m, 0, 0m),
            new CouncilTotal(TestCouncils.Camden, 3, 465m, 0, 0m));
        liability.Day("2016-05-14").Band.Should().Be(RateBand.Higher);
    }

    [Fact]
    public void a_recoded_council_is_billed_under_its_new_code_from_the_recoding()
    {
        var liability = EpisodeBuilder.For(TestCouncils.GatesheadBefore2013)
            .AssessmentNotice("2013-03-25 10:00")
            .DischargeNotice("2013-03-25 11:00", proposed: "2013-03-28")
            .Discharged("2013-04-03")
            .Inclusive();

        liability.ByCouncil.Should().Equal(
            new CouncilTotal(TestCouncils.GatesheadBefore2013, 3, 300m, 0, 0m),
            new CouncilTotal("E08000037", 3, 300m, 0, 0m));
    }

    [Fact]
    public void a_move_to_a_welsh_council_ends_the_charged_days()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .ResponsibilityTransferred("2004-01-18", TestCouncils.Cardiff)
            .Discharged("2004-01-20")
            .Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-17"));
        liability.Day("2004-01-18").Should().Match<LiabilityDay>(d =>
            d.Status == DayStatus.NotQualifying && d.Council == TestCouncils.Cardiff && d.Rule.Code == "council-outside-england");
    }
}
