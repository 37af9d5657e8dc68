using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using NodaTime;

namespace Discharge.Domain.Tests.Liability;

/// <summary>A liability as of a day counts only what had happened by the end of that day.</summary>
public class when_computing_as_of_a_day
{
    /// <summary>Care Act notices on Wed 1 Apr 2015: relevant day Sat 4 Apr; £130 a day.</summary>
    private static EpisodeBuilder CareActEpisode() => EpisodeBuilder.For()
        .AssessmentNotice("2015-04-01 10:00")
        .DischargeNotice("2015-04-01 11:00", proposed: "2015-04-02");

    [Fact]
    public void a_payment_requirement_given_later_does_not_bill_the_days_before_it()
    {
        var episode = CareActEpisode().PaymentRequired("2015-04-20 09:00");

        var before = episode.Inclusive(asOf: EpisodeBuilder.Date("2015-04-10"));
        before.DatesWith(DayStatus.Potential).Should().Equal(Dates("2015-04-05", "2015-04-10"));
        before.PotentialAmount.Should().Be(780m);
        before.TotalAmount.Should().Be(0m);
        before.DefectiveNotices.Should().BeEmpty();

        var after = episode.Inclusive(asOf: EpisodeBuilder.Date("2015-04-20"));
        after.ChargedDates().Should().Equal(Dates("2015-04-05", "2015-04-20"));
        after.TotalAmount.Should().Be(2080m);
    }

    [Fact]
    public void no_relevant_day_is_shown_before_the_notices_were_given()
    {
        var episode = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15");

        var beforeAny = episode.Inclusive(asOf: EpisodeBuilder.Date("2004-01-11"));
        beforeAny.Periods.Should().BeEmpty();
        beforeAny.Days.Should().BeEmpty();
        beforeAny.AsOf.Should().Be(EpisodeBuilder.Date("2004-01-11"));

        episode.Inclusive(asOf: EpisodeBuilder.Date("2004-01-12")).RelevantDays.Should().BeEmpty();

        var given = episode.Inclusive(asOf: EpisodeBuilder.Date("2004-01-13"));
        given.RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-15"));
        given.Days.Should().BeEmpty();
    }

    [Fact]
    public void a_new_discharge_notice_given_later_makes_no_relevant_day_yet()
    {
        // E6-like: withdrawn on Sun 18 Jan, a new notice on Wed 21 Jan.
        var episode = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .DischargeNoticeWithdrawn("2004-01-18 10:00")
            .DischargeNotice("2004-01-21 10:00", proposed: "2004-01-23");

        var liability = episode.Inclusive(asOf: EpisodeBuilder.Date("2004-01-20"));

        liability.RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-15"));
        liability.ChargedDates().Should().Equal(Dates("2004-01-16", "2004-01-18"));
        liability.Periods.Single().EndedBy.Should().Be(PeriodEnd.DischargeNoticeWithdrawn);
        episode.Inclusive(asOf: EpisodeBuilder.Date("2004-01-21")).RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-15"), EpisodeBuilder.Date("2004-01-23"));
    }

    /// <summary>One event of each kind the engine reads, each dated Sat 11 Apr 2015, the day after the as-of day.</summary>
    private static readonly Dictionary<string, IEpisodeEvent> LaterEvents = new()
    {
        ["payment requirement"] = new PaymentRequired(EpisodeBuilder.UkTime("2015-04-11 09:00")),
        ["discharge notice withdrawn"] = new DischargeNoticeWithdrawn(EpisodeBuilder.UkTime("2015-04-11 09:00")),
        ["assessment notice withdrawn"] = new AssessmentNoticeWithdrawn(EpisodeBuilder.UkTime("2015-04-11 09:00")),
        ["discharge notice"] = new DischargeNoticeGiven(EpisodeBuilder.UkTime("2015-04-11 09:00"), EpisodeBuilder.Date("2015-04-14")),
        ["assessment notice"] = new AssessmentNoticeGiven(EpisodeBuilder.UkTime("2015-04-11 09:00"), EpisodeBuilder.NhsBody, TestCouncils.Derby),
        ["services in place"] = new CouncilServicesInPlace(EpisodeBuilder.Date("2015-04-11")),
        ["care setting changed"] = new CareSettingChanged(EpisodeBuilder.Date("2015-04-11"), CareSetting.Rehabilitation),
        ["responsibility transferred"] = new ResponsibilityTransferred(EpisodeBuilder.Date("2015-04-11"), TestCouncils.Leeds),
        ["nhs service awaited"] = new NhsServiceAwaited(EpisodeBuilder.Date("2015-04-11"), EpisodeBuilder.Date("2015-04-12")),
        ["patient choice"] = new DelayedByPatientChoice(EpisodeBuilder.Date("2015-04-11"), EpisodeBuilder.Date("2015-04-12")),
        ["discharged"] = new PatientDischarged(EpisodeBuilder.Date("2015-04-11")),
        ["died"] = new PatientDied(EpisodeBuilder.Date("2015-04-11")),
    };

    public static TheoryData<string> LaterEventKinds() => [.. LaterEvents.Keys];

    [Theory]
    [MemberData(nameof(LaterEventKinds))]
    public void nothing_dated_after_the_as_of_day_changes_the_answer(string kind)
    {
        var asOf = EpisodeBuilder.Date("2015-04-10");
        var known = CareActEpisode().Inclusive(asOf);
        var withLater = Calculators.Default.Calculate(CareActEpisode().Header, [.. CareActEpisode().Events, LaterEvents[kind]], asOf);

        withLater.Days.Should().Equal(known.Days);
        withLater.Periods.Should().Equal(known.Periods);
        withLater.DefectiveNotices.Should().BeEmpty();
        withLater.PotentialAmount.Should().Be(780m);
    }

    [Fact]
    public void an_open_period_as_of_a_day_after_the_scheme_ended_stops_at_its_end()
    {
        var liability = CareActEpisode().Inclusive(asOf: new LocalDate(2026, 5, 1));

        liability.Periods.Single().Should().Match<DelayPeriod>(p => p.EndedBy == PeriodEnd.EndOfRegime && p.LastDay == new LocalDate(2022, 6, 30));
        liability.AsOf.Should().Be(new LocalDate(2026, 5, 1));
        liability.Days.Count.Should().Be(2644, "5 Apr 2015 to 30 Jun 2022, and no day after the scheme ended");
        liability.Days[^1].Date.Should().Be(new LocalDate(2022, 6, 30));
    }
}
