using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Liability;

/// <summary>Each day cites the regime of its notices and, after a transfer, the transfer rule; engine decisions say so.</summary>
public class when_citing_the_governing_regime
{
    [Fact]
    public void a_2003_census_day_closed_by_a_self_discharge_cites_no_care_act_paragraph()
    {
        var day = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .SelfDischarged("2004-01-18")
            .Census()
            .Day("2004-01-18");

        day.Status.Should().Be(DayStatus.Closed);
        day.Rule.Should().Be(new DecisionRule(
            "census-self-discharged",
            "2003 Act: a self-discharge counts as a discharge (rebuilt); midnight census: that day is not charged (A1); docs/rules.md#census-self-discharged",
            Confidence.EngineDecision));
    }

    [Fact]
    public void a_2014_day_out_of_acute_care_cites_only_the_care_act()
    {
        var day = EpisodeBuilder.For()
            .AssessmentNotice("2016-03-07 10:00")
            .DischargeNotice("2016-03-08 09:00", proposed: "2016-03-10")
            .CareSetting("2016-03-12", CareSetting.Maternity)
            .Discharged("2016-03-15")
            .Inclusive()
            .Day("2016-03-13");

        day.Rule.Should().Be(new DecisionRule("not-acute-care", "Care Act 2014 Sch 3 para 7(6)-(7): only acute care qualifies; docs/rules.md#not-acute-care", Confidence.Verified));
    }

    [Fact]
    public void days_charged_after_a_transfer_cite_the_2003_transfer_rule()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .ResponsibilityTransferred("2004-01-18", TestCouncils.Camden)
            .Discharged("2004-01-20")
            .Inclusive();

        liability.Days.Select(d => (d.Council, d.Rule.Citation)).Should().Equal(
            [.. Enumerable.Repeat((TestCouncils.Derby, DecisionRules.ChargeableAct2003.Under(Regime.Act2003).Citation), 2),
             .. Enumerable.Repeat((TestCouncils.Camden, "2003 Act s.6(2)-(4): the council must pay for each day of the delayed discharge period; explanatory notes 34-37; responsible after a transfer: 2003 Regs reg 18 (A7); docs/rules.md#chargeable-2003"), 3)]);
    }

    [Fact]
    public void days_after_a_transfer_under_the_care_act_cite_the_2014_transfer_rule()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2016-03-07 10:00")
            .DischargeNotice("2016-03-08 09:00", proposed: "2016-03-10")
            .ResponsibilityTransferred("2016-03-13", TestCouncils.Leeds)
            .Discharged("2016-03-14")
            .Inclusive();

        liability.Day("2016-03-12").Rule.Citation.Should().Be(DecisionRules.Potential.Under(Regime.CareAct2014).Citation);
        liability.Day("2016-03-13").Rule.Citation.Should().Be(
            "Care Act 2014 Sch 3 para 4: the NHS body may require payment and has not (A12); responsible after a transfer: 2014 Regs reg 12 (A7); docs/rules.md#potential-2014");
    }

    [Fact]
    public void a_2003_patient_paying_for_acute_care_is_charged_and_the_day_says_the_engine_chose()
    {
        var episode = EpisodeBuilder.For()
            .CareSetting("2004-01-12", CareSetting.SelfFunded)
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .Discharged("2004-01-20");

        var liability = episode.Inclusive();

        liability.DefectiveNotices.Should().BeEmpty();
        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-20"));
        liability.TotalAmount.Should().Be(500m);
        liability.Days.Should().AllSatisfy(d => d.Rule.Should().Be(DecisionRules.ChargeableAct2003SelfFunded.Under(Regime.Act2003)));
        liability.Day("2004-01-16").Rule.Confidence.Should().Be(Confidence.EngineDecision);
    }
}
