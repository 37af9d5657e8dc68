using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Liability;

/// <summary>rules.md §3.2 and A12: the 2014 regime's discretion, and what a payment requirement covers.</summary>
public class when_the_nhs_body_requires_payment
{
    private static EpisodeBuilder Delayed2016() => EpisodeBuilder.For()
        .AssessmentNotice("2016-05-09 10:00")
        .DischargeNotice("2016-05-09 11:00", proposed: "2016-05-11")
        .PaymentRequired("2016-05-14 10:00")
        .Discharged("2016-05-18");

    [Fact]
    public void by_default_a_requirement_covers_every_day_of_the_episode()
    {
        var liability = Delayed2016().Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2016-05-12", "2016-05-18"));
        liability.TotalAmount.Should().Be(910m);
        liability.PotentialDays.Should().Be(0);
    }

    [Fact]
    public void under_the_alternative_it_covers_only_the_days_up_to_the_requirement()
    {
        var liability = Delayed2016().Under(RuleSets.Default with { Name = "up-to", PaymentRequirementCovers = PaymentRequirementCoverage.DaysUpToRequirement });

        liability.ChargedDates().Should().Equal(Dates("2016-05-12", "2016-05-14"));
        liability.DatesWith(DayStatus.Potential).Should().Equal(Dates("2016-05-15", "2016-05-18"));
        liability.ByCouncil.Single().Should().Be(new CouncilTotal(TestCouncils.Derby, 3, 390m, 4, 520m));
    }

    [Fact]
    public void automatic_billing_charges_without_a_requirement()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2016-05-09 10:00")
            .DischargeNotice("2016-05-09 11:00", proposed: "2016-05-11")
            .Discharged("2016-05-18")
            .Under(RuleSets.Default with { Name = "automatic", CareAct2014Billing = CareAct2014Billing.Automatic });

        liability.TotalAmount.Should().Be(910m);
        liability.Days[0].Rule.Code.Should().Be("chargeable-2014-automatic");
    }
}
