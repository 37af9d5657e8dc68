using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Liability;

/// <summary>Period facts may be recorded after the days they cover: the result depends on the facts, not their order.</summary>
public class when_facts_are_recorded_late
{
    private static EpisodeBuilder Delayed() => EpisodeBuilder.For()
        .AssessmentNotice("2004-01-12 10:15")
        .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15");

    [Fact]
    public void an_nhs_service_awaited_recorded_after_the_discharge_still_blocks_its_days()
    {
        var late = Delayed().Discharged("2004-01-25").NhsServiceAwaited("2004-01-18", "2004-01-20").Inclusive();
        var early = Delayed().NhsServiceAwaited("2004-01-18", "2004-01-20").Discharged("2004-01-25").Inclusive();

        late.DatesWith(DayStatus.BlockedByNhs).Should().Equal(Dates("2004-01-18", "2004-01-20"));
        late.ChargedDates().Should().Equal([.. Dates("2004-01-16", "2004-01-17"), .. Dates("2004-01-21", "2004-01-25")]);
        late.Days.Should().Equal(early.Days);
    }

    [Fact]
    public void nhs_service_days_are_blocked_under_the_census_too()
    {
        Delayed().NhsServiceAwaited("2004-01-18", "2004-01-20").Discharged("2004-01-25").Census()
            .ChargedDates().Should().Equal([.. Dates("2004-01-16", "2004-01-17"), .. Dates("2004-01-21", "2004-01-24")]);
    }

    [Fact]
    public void services_in_place_recorded_after_the_discharge_still_count()
    {
        Delayed().Discharged("2004-01-25").ServicesInPlace("2004-01-20").Inclusive()
            .ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-20"));
    }

    [Fact]
    public void patient_choice_days_are_not_charged_unless_the_rule_set_says_so()
    {
        var episode = Delayed().PatientChoice("2004-01-19", "2004-01-19").Discharged("2004-01-20");

        episode.Inclusive().DatesWith(DayStatus.PatientChoice).Should().Equal(EpisodeBuilder.Date("2004-01-19"));
        episode.Inclusive().TotalAmount.Should().Be(400m);
        episode.Under(RuleSets.Default with { Name = "choice", PatientChoiceDays = PatientChoiceDays.Chargeable }).TotalAmount.Should().Be(500m);
    }
}
