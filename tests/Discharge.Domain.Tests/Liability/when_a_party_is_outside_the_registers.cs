using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Liability;

/// <summary>
/// rules.md §1.1, §3.5: the engine applies the registers' rules, as the API does. A notice from an NHS body or to a
/// council the registers refuse that day has no effect, with the register's reason; a day whose council or NHS body
/// did not exist is charged to no one, and says why.
/// </summary>
public class when_a_party_is_outside_the_registers
{
    private const string DorsetCounty = "E10000009";
    private const string Bournemouth = "E06000028";
    private const string BournemouthChristchurchAndPoole = "E06000058";

    [Fact]
    public void days_after_the_council_was_abolished_are_charged_to_no_one()
    {
        // Dorset County Council was abolished on 31 Mar 2019; the delay ran on into April.
        var liability = EpisodeBuilder.For(DorsetCounty)
            .AssessmentNotice("2019-03-25 10:00")
            .DischargeNotice("2019-03-26 10:00", proposed: "2019-03-28")
            .Discharged("2019-04-03")
            .PaymentRequired("2019-04-05 10:00")
            .Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2019-03-29", "2019-03-31"));
        liability.TotalAmount.Should().Be(390m);
        liability.DatesWith(DayStatus.PartyNotInExistence).Should().Equal(Dates("2019-04-01", "2019-04-03"));
        liability.Day("2019-04-01").Rule.Should().Be(DecisionRules.CouncilNotInExistence.Under(Regime.CareAct2014));
        liability.Day("2019-04-01").Council.Should().Be(DorsetCounty);
        liability.DefectiveNotices.Should().BeEmpty();
    }

    [Fact]
    public void a_notice_to_a_council_before_it_existed_has_no_effect_and_says_why()
    {
        var liability = EpisodeBuilder.For(BournemouthChristchurchAndPoole)
            .AssessmentNotice("2018-06-04 10:00")
            .DischargeNotice("2018-06-05 10:00", proposed: "2018-06-07")
            .Discharged("2018-06-12")
            .Inclusive();

        liability.Days.Should().BeEmpty();
        liability.DefectiveNotices.Select(n => (n.EventIndex, n.Defect.Code)).Should().Equal((0, "council-not-in-existence"), (1, "no-assessment-notice-in-force"));
        liability.DefectiveNotices[0].Defect.Should().Be(NoticeDefects.CouncilNotInExistence.Under(
            Regime.CareAct2014,
            "E06000058 (Bournemouth, Christchurch and Poole) was not in existence on 2018-06-04: its code was in use from 2019-04-01 onwards."));
    }

    [Fact]
    public void a_transfer_to_a_council_that_did_not_yet_exist_has_no_effect_and_says_why()
    {
        var liability = EpisodeBuilder.For(Bournemouth)
            .AssessmentNotice("2018-06-04 10:00")
            .DischargeNotice("2018-06-05 10:00", proposed: "2018-06-07")
            .ResponsibilityTransferred("2018-06-10", BournemouthChristchurchAndPoole)
            .PaymentRequired("2018-06-20 10:00")
            .Discharged("2018-06-12")
            .Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2018-06-08", "2018-06-12"));
        liability.ByCouncil.Should().Equal(new CouncilTotal(Bournemouth, 5, 650m, 0, 0m));
        liability.DefectiveNotices.Should().Equal(new DefectiveNotice(2, NoticeDefects.CouncilNotInExistence.Under(
            Regime.CareAct2014,
            "E06000058 (Bournemouth, Christchurch and Poole) was not in existence on 2018-06-10: its code was in use from 2019-04-01 onwards.")));
    }

    [Theory]
    [InlineData("RZZ", "2016-01-11 10:00", "nhs-body-not-in-register", "'RZZ' is not in the NHS body register (version 2026.1): only NHS trusts and foundation trusts in England are, by ODS organisation code.")]
    [InlineData("RQF", "2016-01-11 10:00", "nhs-body-not-in-register", "'RQF' is not in the NHS body register (version 2026.1): only NHS trusts and foundation trusts in England are, by ODS organisation code.")]
    [InlineData("RJF", "2019-01-14 10:00", "nhs-body-not-in-existence", "RJF (BURTON HOSPITALS NHS FOUNDATION TRUST) was not in existence on 2019-01-14: its code was in use from 1993-04-01 to 2018-06-30.")]
    [InlineData("R0A", "2016-01-11 10:00", "nhs-body-not-in-existence", "R0A (MANCHESTER UNIVERSITY NHS FOUNDATION TRUST) was not in existence on 2016-01-11: its code was in use from 2017-10-01 onwards.")]
    public void a_notice_from_an_nhs_body_the_register_refuses_that_day_has_no_effect(string nhsBody, string given, string code, string reason)
    {
        var day = EpisodeBuilder.Date(given[..10]);
        var liability = EpisodeBuilder.For(nhsBody: nhsBody)
            .AssessmentNotice(given)
            .DischargeNotice($"{day.PlusDays(1):yyyy-MM-dd} 10:00", proposed: $"{day.PlusDays(3):yyyy-MM-dd}")
            .Discharged($"{day.PlusDays(8):yyyy-MM-dd}")
            .Inclusive();

        liability.Days.Should().BeEmpty();
        liability.TotalAmount.Should().Be(0m);
        liability.DefectiveNotices[0].Should().Be(new DefectiveNotice(0, new NoticeDefect(
            code, reason, NoticeDefects.NhsBodyNotInRegister.Code == code
                ? NoticeDefects.NhsBodyNotInRegister.Under(Regime.CareAct2014).Citation
                : NoticeDefects.NhsBodyNotInExistence.Under(Regime.CareAct2014).Citation,
            Confidence.Verified)));
    }

    [Fact]
    public void days_after_the_nhs_body_closed_are_charged_to_no_one()
    {
        // Burton Hospitals (RJF) merged into RTG on 1 Jul 2018.
        var liability = EpisodeBuilder.For(nhsBody: "RJF")
            .AssessmentNotice("2018-06-25 10:00")
            .DischargeNotice("2018-06-26 10:00", proposed: "2018-06-28")
            .Discharged("2018-07-02")
            .PaymentRequired("2018-07-05 10:00")
            .Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2018-06-29", "2018-06-30"));
        liability.DatesWith(DayStatus.PartyNotInExistence).Should().Equal(Dates("2018-07-01", "2018-07-02"));
        liability.Day("2018-07-01").Rule.Code.Should().Be("nhs-body-not-in-existence");
    }

    [Fact]
    public void a_discharge_notice_from_an_nhs_body_that_has_closed_has_no_effect()
    {
        var liability = EpisodeBuilder.For(nhsBody: "RJF")
            .AssessmentNotice("2018-06-28 10:00")
            .DischargeNotice("2018-07-02 10:00", proposed: "2018-07-04")
            .Discharged("2018-07-10")
            .Inclusive();

        liability.Periods.Should().BeEmpty();
        liability.DefectiveNotices.Select(n => (n.EventIndex, n.Defect.Code)).Should().Equal((1, "nhs-body-not-in-existence"));
    }
}
