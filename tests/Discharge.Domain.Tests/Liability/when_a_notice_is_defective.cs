using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Liability;

/// <summary>Notices that fail a statutory requirement start no clock and are reported with the reason.</summary>
public class when_a_notice_is_defective
{
    [Fact]
    public void a_discharge_notice_less_than_a_day_ahead_is_rejected_by_default()
    {
        // Given Tue 13 Jan 2004 15:00: counts as Wed 14, which is not at least a day before Wed 14 (reg 5; A5).
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 15:00", proposed: "2004-01-14")
            .Discharged("2004-01-20")
            .Inclusive();

        liability.Periods.Should().BeEmpty();
        liability.TotalAmount.Should().Be(0m);
        liability.DefectiveNotices.Should().ContainSingle().Which.Should().Be(new DefectiveNotice(1, NoticeDefects.LessThanOneDayNotice.Under(Regime.Act2003)));
    }

    [Fact]
    public void a_discharge_notice_less_than_a_day_ahead_takes_the_first_lawful_date_under_the_alternative()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-14 09:00", proposed: "2004-01-14")
            .Discharged("2004-01-20")
            .Under(RuleSets.Default with { Name = "lawful", DefectiveDischargeNotice = DefectiveDischargeNoticeHandling.FirstLawfulDate });

        liability.DefectiveNotices.Should().BeEmpty();
        liability.Periods.Single().ProposedDischargeDate.Should().Be(EpisodeBuilder.Date("2004-01-15"));
        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-20"));
    }

    [Fact]
    public void a_fresh_notice_after_a_rejected_one_creates_the_relevant_day()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-13")
            .DischargeNotice("2004-01-13 09:05", proposed: "2004-01-15")
            .Discharged("2004-01-20")
            .Inclusive();

        liability.RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-15"));
        liability.DefectiveNotices.Single().EventIndex.Should().Be(1);
        liability.TotalAmount.Should().Be(500m);
    }

    [Fact]
    public void a_discharge_notice_without_an_assessment_notice_in_force_is_rejected()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .AssessmentNoticeWithdrawn("2004-01-12 16:00")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .Discharged("2004-01-20")
            .Inclusive();

        liability.DefectiveNotices.Single().Should().Be(new DefectiveNotice(2, NoticeDefects.NoAssessmentNoticeInForce.Under(Regime.Act2003)));
        liability.Days.Should().BeEmpty();
    }

    [Fact]
    public void a_discharge_notice_recorded_before_the_assessment_notice_is_rejected()
    {
        var liability = EpisodeBuilder.For()
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .AssessmentNotice("2004-01-12 10:15")
            .Discharged("2004-01-20")
            .Inclusive();

        liability.DefectiveNotices.Single().Defect.Code.Should().Be("no-assessment-notice-in-force");
    }

    [Fact]
    public void notices_before_1_october_2003_are_rejected()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2003-09-30 10:00")
            .DischargeNotice("2003-10-01 10:00", proposed: "2003-10-06")
            .Discharged("2004-01-20")
            .Inclusive();

        liability.DefectiveNotices.Select(n => n.Defect.Code).Should().Equal("before-scheme", "no-assessment-notice-in-force");
    }

    [Fact]
    public void a_notice_after_the_cutoff_on_30_september_2003_counts_from_1_october()
    {
        EpisodeBuilder.For()
            .AssessmentNotice("2003-09-30 15:00")
            .Inclusive()
            .DefectiveNotices.Should().BeEmpty();
    }

    [Fact]
    public void notices_after_the_scheme_ended_are_rejected()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2022-06-30 14:30")
            .Inclusive();

        liability.DefectiveNotices.Single().Defect.Should().Be(NoticeDefects.AfterScheme.Under(Regime.CareAct2014));
    }

    [Fact]
    public void a_second_discharge_notice_while_one_is_in_force_is_rejected_and_the_first_stands()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .DischargeNotice("2004-01-14 09:00", proposed: "2004-01-18")
            .Discharged("2004-01-20")
            .Inclusive();

        liability.DefectiveNotices.Single().Should().Be(new DefectiveNotice(2, NoticeDefects.DischargeNoticeAlreadyInForce.Under(Regime.Act2003)));
        liability.RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-15"));
    }

    [Fact]
    public void a_second_assessment_notice_while_one_is_in_force_is_rejected()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .AssessmentNotice("2004-01-13 10:15")
            .Inclusive();

        liability.DefectiveNotices.Single().Should().Be(new DefectiveNotice(1, NoticeDefects.AssessmentNoticeAlreadyInForce.Under(Regime.Act2003)));
    }

    [Fact]
    public void notices_after_the_patient_left_are_rejected()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .Discharged("2004-01-13")
            .DischargeNotice("2004-01-14 09:00", proposed: "2004-01-16")
            .Inclusive();

        liability.DefectiveNotices.Single().Should().Be(new DefectiveNotice(2, NoticeDefects.PatientAlreadyLeft.Under(Regime.Act2003)));
    }

    [Fact]
    public void a_withdrawal_with_nothing_in_force_is_reported()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNoticeWithdrawn("2004-01-13 09:00")
            .Inclusive();

        liability.DefectiveNotices.Single().Should().Be(new DefectiveNotice(1, NoticeDefects.NothingToWithdraw.Under(Regime.Act2003)));
    }

    [Fact]
    public void a_payment_requirement_in_a_2003_case_is_not_a_defective_notice_and_changes_nothing()
    {
        // 2003 liability is owed without a demand (s.6): the requirement is neither needed nor defective.
        var episode = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .Discharged("2004-01-20");
        var without = episode.Inclusive();

        var with = episode.PaymentRequired("2004-01-30 10:00").Inclusive();

        with.DefectiveNotices.Should().BeEmpty();
        with.ChargedDates().Should().Equal(without.ChargedDates()).And.Equal(Dates("2004-01-16", "2004-01-20"));
        with.TotalAmount.Should().Be(500m);
    }

    [Fact]
    public void a_payment_requirement_after_the_scheme_ended_is_reported()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2022-06-20 10:15")
            .PaymentRequired("2022-07-04 10:00")
            .Inclusive();

        liability.DefectiveNotices.Single().Should().Be(new DefectiveNotice(1, NoticeDefects.PaymentRequirementOutsideCareAct.Under(Regime.CareAct2014)));
        liability.DefectiveNotices.Single().Defect.Citation.Should().NotContain("2003");
    }
}
