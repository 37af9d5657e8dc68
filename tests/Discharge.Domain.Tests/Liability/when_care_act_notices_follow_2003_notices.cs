using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Liability;

/// <summary>
/// rules.md §3.6, A6: a 2003-Act notice has no effect after 31 Mar 2015. Care Act notices need no withdrawal of
/// it; they make a new period with its own relevant day, and the days from 1 Apr before that relevant day are in
/// no period. Only days that no Care Act notice speaks for, up to the patient's departure, await Care Act notices.
/// </summary>
public class when_care_act_notices_follow_2003_notices
{
    /// <summary>2003 notices: relevant day Thu 26 Mar 2015 (interval Tue 24, Wed 25). Lower rate £100 a day.</summary>
    private static EpisodeBuilder With2003Notices() => EpisodeBuilder.For()
        .AssessmentNotice("2015-03-23 10:00")
        .DischargeNotice("2015-03-23 11:00", proposed: "2015-03-26");

    /// <summary>
    /// Care Act notices on Tue 7 Apr 2015, the day after Easter Monday: the interval is Wed 8 (1), Thu 9 (2), so the
    /// relevant day is Thu 9 Apr although the notice proposes Wed 8. Lower rate £130 a day.
    /// </summary>
    private static EpisodeBuilder WithCareActNotices() => With2003Notices()
        .AssessmentNotice("2015-04-07 10:00")
        .DischargeNotice("2015-04-07 11:00", proposed: "2015-04-08");

    [Fact]
    public void a_care_act_assessment_notice_needs_no_withdrawal_of_the_2003_notice()
    {
        var liability = WithCareActNotices()
            .PaymentRequired("2015-04-20 09:00")
            .Discharged("2015-04-15")
            .Inclusive(asOf: EpisodeBuilder.Date("2015-04-30"));

        liability.DefectiveNotices.Should().BeEmpty();
        liability.Periods.Select(p => (p.Regime, p.RelevantDay, p.FirstDay, p.LastDay, p.EndedBy)).Should().Equal(
            (Regime.Act2003, EpisodeBuilder.Date("2015-03-26"), EpisodeBuilder.Date("2015-03-27"), EpisodeBuilder.Date("2015-03-31"), PeriodEnd.EndOfRegime),
            (Regime.CareAct2014, EpisodeBuilder.Date("2015-04-09"), EpisodeBuilder.Date("2015-04-10"), EpisodeBuilder.Date("2015-04-15"), PeriodEnd.Discharged));
        liability.Periods[1].Should().Match<DelayPeriod>(p => p.AssessmentNoticeIndex == 2 && p.DischargeNoticeIndex == 3
            && p.AssessmentNoticeDay == EpisodeBuilder.Date("2015-04-07") && p.IntervalEnd == EpisodeBuilder.Date("2015-04-09"));
        liability.Days.Select(d => d.Date).Should().Equal([.. Dates("2015-03-27", "2015-03-31"), .. Dates("2015-04-10", "2015-04-15")]);
        liability.ChargedDates().Should().Equal(liability.Days.Select(d => d.Date));
        liability.ChargeableDays.Should().Be(11);
        liability.TotalAmount.Should().Be(500m + 780m);
        liability.Day("2015-03-31").Rule.Code.Should().Be("chargeable-2003");
        liability.Day("2015-04-10").Should().Match<LiabilityDay>(d => d.Rule.Code == "chargeable-2014" && d.Rate == 130m && d.Period == 1);
    }

    [Fact]
    public void the_new_period_accrues_potential_liability_until_payment_is_required()
    {
        var liability = WithCareActNotices().Inclusive(asOf: EpisodeBuilder.Date("2015-04-12"));

        liability.RelevantDays.Should().Equal(EpisodeBuilder.Date("2015-03-26"), EpisodeBuilder.Date("2015-04-09"));
        liability.ChargedDates().Should().Equal(Dates("2015-03-27", "2015-03-31"));
        liability.TotalAmount.Should().Be(500m);
        liability.DatesWith(DayStatus.Potential).Should().Equal(Dates("2015-04-10", "2015-04-12"));
        liability.PotentialAmount.Should().Be(390m);
        liability.Periods[1].EndedBy.Should().Be(PeriodEnd.AsOf);
    }

    [Fact]
    public void without_care_act_notices_the_days_from_1_april_await_them_until_the_as_of_day()
    {
        var liability = With2003Notices().Inclusive(asOf: EpisodeBuilder.Date("2015-04-05"));

        liability.ChargedDates().Should().Equal(Dates("2015-03-27", "2015-03-31"));
        liability.DatesWith(DayStatus.AwaitingCareActNotices).Should().Equal(Dates("2015-04-01", "2015-04-05"));
        liability.Day("2015-04-05").Rule.Code.Should().Be("awaiting-care-act-notices");
        liability.Periods.Single().Should().Match<DelayPeriod>(p => p.EndedBy == PeriodEnd.AsOf && p.LastDay == EpisodeBuilder.Date("2015-04-05"));
    }

    [Fact]
    public void no_day_after_the_patient_left_awaits_care_act_notices()
    {
        var episode = With2003Notices().Discharged("2015-04-03");
        var asOf = EpisodeBuilder.Date("2015-04-10");

        var inclusive = episode.Inclusive(asOf);
        inclusive.DatesWith(DayStatus.AwaitingCareActNotices).Should().Equal(Dates("2015-04-01", "2015-04-03"));
        inclusive.Days[^1].Date.Should().Be(EpisodeBuilder.Date("2015-04-03"));

        // Under the census the patient had left by the end of Fri 3 Apr: the day is closed, not awaiting.
        var census = episode.Census(asOf);
        census.DatesWith(DayStatus.AwaitingCareActNotices).Should().Equal(Dates("2015-04-01", "2015-04-02"));
        census.Day("2015-04-03").Should().Match<LiabilityDay>(d => d.Status == DayStatus.Closed && d.Rule.Code == "census-discharged");
        census.Days[^1].Date.Should().Be(EpisodeBuilder.Date("2015-04-03"));
    }

    [Fact]
    public void a_care_act_assessment_notice_leaves_no_day_awaiting_it()
    {
        var episode = With2003Notices().AssessmentNotice("2015-04-07 10:00");

        // As of Mon 6 Apr the Care Act notice had not been given: those days were still awaiting it.
        episode.Inclusive(asOf: EpisodeBuilder.Date("2015-04-06")).DatesWith(DayStatus.AwaitingCareActNotices)
            .Should().Equal(Dates("2015-04-01", "2015-04-06"));

        // Once it was given, the 2003 period ends with its regime and no discharge notice has made a new one yet.
        var liability = episode.Inclusive(asOf: EpisodeBuilder.Date("2015-04-12"));
        liability.DefectiveNotices.Should().BeEmpty();
        liability.Periods.Single().Should().Match<DelayPeriod>(p => p.EndedBy == PeriodEnd.EndOfRegime && p.LastDay == EpisodeBuilder.Date("2015-03-31"));
        liability.Days.Select(d => d.Date).Should().Equal(Dates("2015-03-27", "2015-03-31"));
        liability.TotalAmount.Should().Be(500m);
    }

    [Theory]
    [InlineData("discharge")]
    [InlineData("assessment")]
    public void a_care_act_assessment_notice_decides_the_days_after_31_march_of_a_2003_period_withdrawn_later(string withdrawn)
    {
        var episode = withdrawn == "discharge"
            ? With2003Notices().DischargeNoticeWithdrawn("2015-04-05 10:00")
            : With2003Notices().AssessmentNoticeWithdrawn("2015-04-05 10:00");
        episode.AssessmentNotice("2015-04-07 10:00");

        episode.Inclusive(asOf: EpisodeBuilder.Date("2015-04-06")).DatesWith(DayStatus.AwaitingCareActNotices)
            .Should().Equal(Dates("2015-04-01", "2015-04-05"));
        var liability = episode.Inclusive(asOf: EpisodeBuilder.Date("2015-04-12"));
        liability.DefectiveNotices.Should().BeEmpty();
        liability.Periods.Single().Should().Match<DelayPeriod>(p => p.EndedBy == PeriodEnd.EndOfRegime && p.LastDay == EpisodeBuilder.Date("2015-03-31"));
        liability.DatesWith(DayStatus.AwaitingCareActNotices).Should().BeEmpty();
        liability.TotalAmount.Should().Be(500m);
    }

    [Fact]
    public void the_census_charges_31_march_when_the_2003_notices_lapse()
    {
        var liability = WithCareActNotices().Discharged("2015-04-15").Census(asOf: EpisodeBuilder.Date("2015-04-30"));

        liability.ChargedDates().Should().Equal(Dates("2015-03-27", "2015-03-31"));
        liability.DatesWith(DayStatus.Potential).Should().Equal(Dates("2015-04-10", "2015-04-14"));
        liability.Day("2015-04-15").Status.Should().Be(DayStatus.Closed);
    }

    [Fact]
    public void a_care_act_discharge_notice_needs_a_care_act_assessment_notice()
    {
        var liability = With2003Notices()
            .DischargeNoticeWithdrawn("2015-03-30 10:00")
            .DischargeNotice("2015-04-07 11:00", proposed: "2015-04-10")
            .Inclusive(asOf: EpisodeBuilder.Date("2015-04-20"));

        liability.DefectiveNotices.Should().Equal(new DefectiveNotice(3, NoticeDefects.NoAssessmentNoticeInForce.Under(Regime.CareAct2014)));
        liability.RelevantDays.Should().Equal(EpisodeBuilder.Date("2015-03-26"));
        liability.Days.Select(d => d.Date).Should().Equal(Dates("2015-03-27", "2015-03-30"));
        liability.TotalAmount.Should().Be(400m);
    }
}
