using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Liability;

/// <summary>
/// rules.md §2.4: every closing event. Inclusively the closing day is charged (the state as the day began);
/// under the census it is not. Relevant day Thu 15 Jan 2004 throughout.
/// </summary>
public class when_the_patient_leaves_or_a_notice_ends
{
    private static EpisodeBuilder Delayed() => EpisodeBuilder.For()
        .AssessmentNotice("2004-01-12 10:15")
        .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15");

    private static EpisodeBuilder ClosedOnSunday18(string closingEvent) => closingEvent switch
    {
        "discharged" => Delayed().Discharged("2004-01-18"),
        "self-discharged" => Delayed().SelfDischarged("2004-01-18"),
        "died" => Delayed().Died("2004-01-18"),
        "discharge-notice-withdrawn" => Delayed().DischargeNoticeWithdrawn("2004-01-18 16:00"),
        _ => Delayed().AssessmentNoticeWithdrawn("2004-01-18 08:00"),
    };

    public static TheoryData<string, PeriodEnd, string> ClosingEvents => new()
    {
        { "discharged", PeriodEnd.Discharged, "census-discharged" },
        { "self-discharged", PeriodEnd.SelfDischarged, "census-self-discharged" },
        { "died", PeriodEnd.Died, "census-died" },
        { "discharge-notice-withdrawn", PeriodEnd.DischargeNoticeWithdrawn, "census-discharge-notice-withdrawn" },
        { "assessment-notice-withdrawn", PeriodEnd.AssessmentNoticeWithdrawn, "census-assessment-notice-withdrawn" },
    };

    [Theory]
    [MemberData(nameof(ClosingEvents))]
    public void the_closing_day_is_charged_inclusively(string closingEvent, PeriodEnd end, string censusRule)
    {
        var liability = ClosedOnSunday18(closingEvent).Inclusive();

        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-18"));
        liability.Periods.Single().EndedBy.Should().Be(end);
        liability.Days.Should().NotContain(d => d.Rule.Code == censusRule);
        liability.Days[^1].Date.Should().Be(EpisodeBuilder.Date("2004-01-18"));
    }

    [Theory]
    [MemberData(nameof(ClosingEvents))]
    public void the_closing_day_is_not_charged_under_the_census(string closingEvent, PeriodEnd end, string censusRule)
    {
        var liability = ClosedOnSunday18(closingEvent).Census();

        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-17"));
        liability.Periods.Single().EndedBy.Should().Be(end);
        liability.Day("2004-01-18").Should().Match<LiabilityDay>(d => d.Status == DayStatus.Closed && d.Rule.Code == censusRule && d.Amount == 0m);
    }

    [Fact]
    public void a_patient_discharged_on_the_relevant_day_costs_nothing()
    {
        var liability = Delayed().Discharged("2004-01-15").Inclusive();

        liability.RelevantDays.Should().ContainSingle();
        liability.Days.Should().BeEmpty();
        liability.Periods.Single().FirstDay.Should().BeNull();
    }

    [Fact]
    public void a_patient_discharged_the_day_after_the_relevant_day_costs_one_day()
    {
        Delayed().Discharged("2004-01-16").Inclusive().TotalAmount.Should().Be(100m);
        Delayed().Discharged("2004-01-16").Census().TotalAmount.Should().Be(0m);
    }

    [Fact]
    public void a_withdrawal_before_the_relevant_day_ends_leaves_no_period_days()
    {
        Delayed().DischargeNoticeWithdrawn("2004-01-15 10:00").Discharged("2004-01-20").Inclusive().Days.Should().BeEmpty();
    }

    [Fact]
    public void after_the_assessment_notice_is_withdrawn_a_new_pair_of_notices_is_needed()
    {
        var liability = Delayed()
            .AssessmentNoticeWithdrawn("2004-01-17 10:00")
            .DischargeNotice("2004-01-19 10:00", proposed: "2004-01-21")
            .AssessmentNotice("2004-01-20 10:00")
            .DischargeNotice("2004-01-20 11:00", proposed: "2004-01-21")
            .Discharged("2004-01-26")
            .Inclusive();

        liability.DefectiveNotices.Single().EventIndex.Should().Be(3);
        // New interval: Wed 21, Thu 22; relevant day Thu 22.
        liability.RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-15"), EpisodeBuilder.Date("2004-01-22"));
        liability.ChargedDates().Should().Equal([.. Dates("2004-01-16", "2004-01-17"), .. Dates("2004-01-23", "2004-01-26")]);
    }

    [Fact]
    public void a_withdrawal_after_the_cutoff_still_takes_effect_that_day()
    {
        var liability = Delayed().DischargeNoticeWithdrawn("2004-01-18 16:00").Inclusive();

        liability.Periods.Single().EndedOn.Should().Be(EpisodeBuilder.Date("2004-01-18"));
    }

    [Fact]
    public void leaving_acute_care_ends_the_charged_days_and_a_return_under_the_same_notices_is_flagged_for_review()
    {
        // rules.md says nothing of a return to acute care while the notices stay in force: not charged, for review.
        var episode = Delayed()
            .CareSetting("2004-01-17", CareSetting.Rehabilitation)
            .CareSetting("2004-01-19", CareSetting.Acute)
            .Discharged("2004-01-21");

        var inclusive = episode.Inclusive();
        inclusive.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-17"));
        inclusive.DatesWith(DayStatus.NotQualifying).Should().Equal(Dates("2004-01-18", "2004-01-19"));
        inclusive.DatesWith(DayStatus.ReviewNeeded).Should().Equal(Dates("2004-01-20", "2004-01-21"));
        inclusive.Day("2004-01-20").Rule.Should().Be(DecisionRules.ReturnedToAcuteCare.Under(Regime.Act2003));
        inclusive.Day("2004-01-20").Rule.Confidence.Should().Be(Confidence.EngineDecision);
        // The census needs the conditions at both ends of the day: the day of the return (Mon 19) began in rehabilitation.
        episode.Census().ChargedDates().Should().Equal(EpisodeBuilder.Date("2004-01-16"));
        episode.Census().DatesWith(DayStatus.ReviewNeeded).Should().Equal(Dates("2004-01-20", "2004-01-21"));
    }

    [Fact]
    public void without_a_closing_event_the_period_runs_to_the_as_of_day()
    {
        var liability = Delayed().Inclusive(asOf: EpisodeBuilder.Date("2004-01-31"));

        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-31"));
        liability.Periods.Single().EndedBy.Should().Be(PeriodEnd.AsOf);
    }

    [Fact]
    public void an_as_of_day_before_the_discharge_cuts_the_period_and_charges_that_day_even_under_the_census()
    {
        var liability = Delayed().Discharged("2004-01-25").Census(asOf: EpisodeBuilder.Date("2004-01-20"));

        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-20"));
    }

    [Fact]
    public void without_a_closing_event_or_as_of_day_the_period_runs_to_the_end_of_the_regime()
    {
        var liability = Delayed().Inclusive();

        liability.Periods.Single().Should().Match<DelayPeriod>(p => p.EndedBy == PeriodEnd.EndOfRegime && p.LastDay == EpisodeBuilder.Date("2015-03-31"));
        liability.Days[^1].Date.Should().Be(EpisodeBuilder.Date("2015-03-31"));
    }
}
