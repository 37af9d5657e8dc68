using Discharge.Domain.Calendar;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Tests.Rules;

/// <summary>rules.md §2.5 and §10: each uncertain parameter changes the figure, and the figure names its rule set.</summary>
public class when_a_rule_set_changes_a_parameter
{
    private static EpisodeBuilder E2AfterCutoff() => EpisodeBuilder.For()
        .AssessmentNotice("2004-01-16 15:30")
        .DischargeNotice("2004-01-16 15:35", proposed: "2004-01-19")
        .Discharged("2004-01-23");

    [Fact]
    public void the_result_records_the_rule_set_and_reference_data_versions()
    {
        var liability = E2AfterCutoff().Census();

        liability.RuleSet.Name.Should().Be("census");
        liability.RuleSet.Version.Should().Be(RuleSets.CurrentVersion);
        liability.RuleSet.ClosingRule.Should().Be(ClosingRule.MidnightCensus);
        liability.ReferenceData.Should().Be(new ReferenceDataVersions("2026.1", "2026.1", "2026.1"));
    }

    [Fact]
    public void a_later_cutoff_keeps_a_15_30_notice_on_its_day()
    {
        E2AfterCutoff().Under(RuleSets.Default with { Name = "late", CutoffTime = new LocalTime(17, 0) })
            .TotalAmount.Should().Be(400m);
    }

    [Fact]
    public void excluding_saturdays_lengthens_the_interval()
    {
        // A Fri 16 13:59: Sat and Sun skipped, Mon 19 (1), Tue 20 (2).
        EpisodeBuilder.For()
            .AssessmentNotice("2004-01-16 13:59")
            .DischargeNotice("2004-01-16 15:35", proposed: "2004-01-19")
            .Discharged("2004-01-23")
            .Under(RuleSets.Default with { Name = "saturdays", IntervalExcludes = ExcludedDays.WeekendsAndPublicHolidays })
            .RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-20"));
    }

    [Fact]
    public void moving_a_sunday_notice_to_monday_moves_the_relevant_day()
    {
        var episode = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-18 10:00")
            .DischargeNotice("2004-01-18 10:30", proposed: "2004-01-20")
            .Discharged("2004-01-26");

        episode.Inclusive().RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-20"));
        episode.Under(RuleSets.Default with { Name = "move", RollNoticeOffExcludedDay = true })
            .RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-21"));
    }

    [Fact]
    public void a_longer_minimum_interval_moves_the_relevant_day()
    {
        // A Mon 12 Jan proposing Tue 13: the interval decides. Two days end on Wed 14, three on Thu 15.
        var episode = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-12 11:00", proposed: "2004-01-13")
            .Discharged("2004-01-20");

        var twoDays = episode.Inclusive();
        twoDays.RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-14"));
        twoDays.TotalAmount.Should().Be(600m);

        var threeDays = episode.Under(RuleSets.Default with { Name = "three", MinIntervalDays = 3 });
        threeDays.RelevantDays.Should().Equal(EpisodeBuilder.Date("2004-01-15"));
        threeDays.Periods.Single().IntervalEnd.Should().Be(EpisodeBuilder.Date("2004-01-15"));
        threeDays.TotalAmount.Should().Be(500m);
    }

    [Fact]
    public void applying_the_cutoff_to_withdrawals_charges_one_more_day()
    {
        var episode = EpisodeBuilder.For()
            .AssessmentNotice("2004-01-12 10:15")
            .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
            .DischargeNoticeWithdrawn("2004-01-18 16:00");

        episode.Inclusive().TotalAmount.Should().Be(300m);
        episode.Under(RuleSets.Default with { Name = "withdrawals", CutoffAppliesToWithdrawals = true }).TotalAmount.Should().Be(400m);
    }

    [Fact]
    public void a_rule_set_that_needs_another_calendar_version_is_refused()
    {
        var act = () => Calculators.For(RuleSets.Default with { Name = "pinned", CalendarVersion = "1999.1" });

        act.Should().Throw<ArgumentException>().WithMessage("*needs holiday calendar 1999.1*");
    }

    [Fact]
    public void the_named_rule_sets_are_found_by_name()
    {
        RuleSets.Find("default").Should().BeSameAs(RuleSets.Default);
        RuleSets.Find("CENSUS").Should().BeSameAs(RuleSets.Census);
        RuleSets.Find("lenient").Should().BeNull();
    }
}
