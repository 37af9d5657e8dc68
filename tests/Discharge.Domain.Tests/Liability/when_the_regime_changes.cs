using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Liability;

/// <summary>rules.md §0.3, §3.6, §11 item 8: the boundaries of the two regimes.</summary>
public class when_the_regime_changes
{
    private static readonly RuleSet NoDoubt = RuleSets.Default with { Name = "no-doubt", WithholdRegimeInDoubt = false };

    [Fact]
    public void days_before_5_january_2004_are_shadow_days()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2003-12-29 10:00")
            .DischargeNotice("2003-12-29 11:00", proposed: "2003-12-31")
            .Discharged("2004-01-08")
            .Inclusive();

        liability.DatesWith(DayStatus.Shadow).Should().Equal(Dates("2004-01-01", "2004-01-04"));
        liability.ChargedDates().Should().Equal(Dates("2004-01-05", "2004-01-08"));
        liability.TotalAmount.Should().Be(400m);
        liability.Day("2004-01-04").Should().Match<LiabilityDay>(d => d.Rule.Code == "shadow" && d.Amount == 0m && d.Regime == Regime.Act2003);
    }

    [Fact]
    public void two_thousand_and_three_notices_charge_to_31_march_2015_and_then_wait_for_care_act_notices()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2015-03-23 10:00")
            .DischargeNotice("2015-03-23 11:00", proposed: "2015-03-26")
            .Discharged("2015-04-03")
            .Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2015-03-27", "2015-03-31"));
        liability.TotalAmount.Should().Be(500m);
        liability.DatesWith(DayStatus.AwaitingCareActNotices).Should().Equal(Dates("2015-04-01", "2015-04-03"));
        liability.Day("2015-04-01").Regime.Should().Be(Regime.CareAct2014);
    }

    [Fact]
    public void two_thousand_and_fourteen_notices_from_1_april_2015_accrue_potential_liability_until_payment_is_required()
    {
        // Interval from Wed 1 Apr 2015: Thu 2 (1), Good Friday skipped, Sat 4 (2).
        var episode = EpisodeBuilder.For()
            .AssessmentNotice("2015-04-01 10:00")
            .DischargeNotice("2015-04-01 11:00", proposed: "2015-04-02")
            .Discharged("2015-04-10");

        var accrued = episode.Inclusive();
        accrued.RelevantDays.Should().Equal(EpisodeBuilder.Date("2015-04-04"));
        accrued.DatesWith(DayStatus.Potential).Should().Equal(Dates("2015-04-05", "2015-04-10"));
        accrued.TotalAmount.Should().Be(0m);
        accrued.PotentialAmount.Should().Be(780m);
        accrued.Periods.Single().Regime.Should().Be(Regime.CareAct2014);

        var required = episode.PaymentRequired("2015-04-20 09:00").Inclusive();
        required.ChargedDates().Should().Equal(Dates("2015-04-05", "2015-04-10"));
        required.TotalAmount.Should().Be(780m);
        required.Day("2015-04-06").Rule.Code.Should().Be("chargeable-2014");
    }

    [Fact]
    public void the_regime_in_doubt_from_25_march_2020_is_withheld_by_default()
    {
        var episode = EpisodeBuilder.For()
            .AssessmentNotice("2020-03-16 10:00")
            .DischargeNotice("2020-03-16 11:00", proposed: "2020-03-19")
            .PaymentRequired("2020-03-30 10:00")
            .Discharged("2020-03-27");

        var liability = episode.Inclusive();
        liability.ChargedDates().Should().Equal(Dates("2020-03-20", "2020-03-24"));
        liability.TotalAmount.Should().Be(650m);
        liability.DatesWith(DayStatus.RegimeInDoubt).Should().Equal(Dates("2020-03-25", "2020-03-27"));
        liability.Day("2020-03-25").Rule.Code.Should().Be("regime-in-doubt");

        episode.Under(NoDoubt).TotalAmount.Should().Be(1040m);
    }

    [Fact]
    public void days_after_30_june_2022_are_after_the_regime_ended()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2022-06-20 10:00")
            .DischargeNotice("2022-06-20 11:00", proposed: "2022-06-23")
            .PaymentRequired("2022-06-24 10:00")
            .Discharged("2022-07-03")
            .Under(NoDoubt);

        liability.ChargedDates().Should().Equal(Dates("2022-06-24", "2022-06-30"));
        liability.TotalAmount.Should().Be(910m);
        liability.DatesWith(DayStatus.RegimeEnded).Should().Equal(Dates("2022-07-01", "2022-07-03"));
        liability.Day("2022-07-01").Regime.Should().BeNull();
    }

    [Fact]
    public void an_open_2014_period_runs_to_30_june_2022()
    {
        var liability = EpisodeBuilder.For()
            .AssessmentNotice("2022-06-20 10:00")
            .DischargeNotice("2022-06-20 11:00", proposed: "2022-06-23")
            .Under(NoDoubt);

        liability.Periods.Single().Should().Match<DelayPeriod>(p => p.EndedBy == PeriodEnd.EndOfRegime && p.LastDay == EpisodeBuilder.Date("2022-06-30"));
        liability.PotentialDays.Should().Be(7);
    }
}
