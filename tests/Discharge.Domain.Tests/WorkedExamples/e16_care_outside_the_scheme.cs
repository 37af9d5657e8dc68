using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;

namespace Discharge.Domain.Tests.WorkedExamples;

/// <summary>rules.md §8 E16: no acute care, self-funding or a Welsh resident: £0, and the notices start no clock.</summary>
public class e16_care_outside_the_scheme
{
    [Theory]
    [InlineData(CareSetting.Maternity)]
    [InlineData(CareSetting.MentalHealth)]
    [InlineData(CareSetting.Intermediate)]
    [InlineData(CareSetting.Rehabilitation)]
    public void a_patient_not_in_acute_care_costs_nothing_and_the_notices_are_rejected(CareSetting setting)
    {
        var liability = EpisodeBuilder.For()
            .CareSetting("2004-03-01", setting)
            .AssessmentNotice("2004-03-01 10:00")
            .DischargeNotice("2004-03-02 10:00", proposed: "2004-03-04")
            .Discharged("2004-03-12")
            .Inclusive();

        liability.TotalAmount.Should().Be(0m);
        liability.Days.Should().BeEmpty();
        liability.DefectiveNotices.Select(n => (n.EventIndex, n.Defect.Code)).Should().Equal((1, "not-a-qualifying-patient"), (2, "no-assessment-notice-in-force"));
    }

    [Fact]
    public void a_2014_patient_who_undertook_to_pay_costs_nothing()
    {
        var liability = EpisodeBuilder.For()
            .CareSetting("2016-03-01", CareSetting.SelfFunded)
            .AssessmentNotice("2016-03-01 10:00")
            .DischargeNotice("2016-03-02 10:00", proposed: "2016-03-04")
            .PaymentRequired("2016-03-20 10:00")
            .Discharged("2016-03-12")
            .Inclusive();

        liability.TotalAmount.Should().Be(0m);
        liability.PotentialAmount.Should().Be(0m);
        liability.DefectiveNotices[0].Defect.Code.Should().Be("not-a-qualifying-patient");
    }

    [Fact]
    public void a_welsh_resident_after_1_april_2015_costs_nothing()
    {
        var liability = EpisodeBuilder.For(TestCouncils.Cardiff)
            .AssessmentNotice("2015-06-01 10:00")
            .DischargeNotice("2015-06-02 10:00", proposed: "2015-06-04")
            .PaymentRequired("2015-06-20 10:00")
            .Discharged("2015-06-12")
            .Inclusive();

        liability.TotalAmount.Should().Be(0m);
        liability.DefectiveNotices[0].Defect.Code.Should().Be("council-outside-england");
    }

    [Fact]
    public void a_move_out_of_acute_care_mid_delay_ends_the_charged_days_after_that_day()
    {
        var episode = EpisodeBuilder.For()
            .AssessmentNotice("2004-03-01 10:00")
            .DischargeNotice("2004-03-02 10:00", proposed: "2004-03-04")
            .CareSetting("2004-03-08", CareSetting.Intermediate)
            .Discharged("2004-03-12");

        episode.Inclusive().ChargedDates().Should().Equal(Dates("2004-03-05", "2004-03-08"));
        episode.Census().ChargedDates().Should().Equal(Dates("2004-03-05", "2004-03-07"));
        episode.Inclusive().Day("2004-03-09").Should().Match<LiabilityDay>(d => d.Status == DayStatus.NotQualifying && d.Rule.Code == "not-acute-care");
    }
}
