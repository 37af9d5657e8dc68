using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Discharge.Domain.Tests.Properties;

/// <summary>Invariants that hold for every episode, whatever its dates, regime, facts and closing rule.</summary>
public class liability_invariants
{
    private static EpisodeLiability Inclusive(GeneratedEpisode e) => Calculators.Default.CalculateToRegimeEnd(e.Header, e.Events);

    private static EpisodeLiability Census(GeneratedEpisode e) => Calculators.Census.CalculateToRegimeEnd(e.Header, e.Events);

    [Property(MaxTest = 1000)]
    public Property no_day_is_listed_or_charged_twice() => Prop.ForAll(EpisodeGenerator.Episodes, episode =>
        Inclusive(episode).Days.Select(d => d.Date).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder());

    [Property(MaxTest = 1000)]
    public Property no_day_is_charged_before_its_relevant_day_ends_or_after_the_patient_leaves() => Prop.ForAll(EpisodeGenerator.Episodes, episode =>
    {
        foreach (var liability in new[] { Inclusive(episode), Census(episode) })
        {
            foreach (var day in liability.Days.Where(d => d.Status is DayStatus.Chargeable or DayStatus.Potential))
            {
                day.Date.Should().BeGreaterThan(liability.Periods[day.Period].RelevantDay);
                day.Date.Should().BeLessThanOrEqualTo(episode.Departure);
                day.Date.Should().BeGreaterThanOrEqualTo(liability.RuleSet.Timeline.MoneyFrom);
                day.Date.Should().BeLessThanOrEqualTo(liability.RuleSet.Timeline.CareAct2014Until);
            }
        }
    });

    [Property(MaxTest = 1000)]
    public Property totals_equal_the_sum_of_the_days() => Prop.ForAll(EpisodeGenerator.Episodes, episode =>
    {
        var liability = Inclusive(episode);
        var chargeable = liability.Days.Where(d => d.Status == DayStatus.Chargeable).ToArray();
        var potential = liability.Days.Where(d => d.Status == DayStatus.Potential).ToArray();

        liability.ChargeableDays.Should().Be(chargeable.Length);
        liability.TotalAmount.Should().Be(liability.Days.Sum(d => d.Amount)).And.Be(chargeable.Sum(d => d.Rate));
        liability.PotentialDays.Should().Be(potential.Length);
        liability.PotentialAmount.Should().Be(potential.Sum(d => d.Rate));
        liability.ByCouncil.Sum(c => c.Amount).Should().Be(liability.TotalAmount);
        liability.ByCouncil.Sum(c => c.Days).Should().Be(liability.ChargeableDays);
        liability.ByCouncil.Sum(c => c.PotentialAmount).Should().Be(liability.PotentialAmount);
        liability.Days.Should().NotContain(d => d.Status != DayStatus.Chargeable && d.Amount != 0m);
    });

    [Property(MaxTest = 1000)]
    public Property a_later_discharge_never_lowers_the_total() => Prop.ForAll(EpisodeGenerator.Episodes, Gen.Choose(1, 30).ToArbitrary(), (episode, days) =>
    {
        var later = episode.DepartingLater(days);

        Inclusive(later).TotalAmount.Should().BeGreaterThanOrEqualTo(Inclusive(episode).TotalAmount);
        Census(later).TotalAmount.Should().BeGreaterThanOrEqualTo(Census(episode).TotalAmount);
    });

    [Property(MaxTest = 1000)]
    public Property the_census_charges_no_day_the_inclusive_rule_does_not() => Prop.ForAll(EpisodeGenerator.Episodes, episode =>
    {
        var inclusive = Inclusive(episode);
        var census = Census(episode);

        census.TotalAmount.Should().BeLessThanOrEqualTo(inclusive.TotalAmount);
        census.ChargedDates().Should().BeSubsetOf(inclusive.ChargedDates());
    });

    [Property(MaxTest = 1000)]
    public Property the_order_of_facts_other_than_notices_does_not_matter() => Prop.ForAll(EpisodeGenerator.Episodes, episode =>
    {
        // Notices, withdrawals and payment requirements keep their order; the other facts move to the front,
        // reversed, except that a later record of the same change on the same day still supersedes an earlier one.
        static bool OrderMatters(IEpisodeEvent e) => e is AssessmentNoticeGiven or DischargeNoticeGiven
            or AssessmentNoticeWithdrawn or DischargeNoticeWithdrawn or PaymentRequired;
        static object SameChange(IEpisodeEvent e) => e switch
        {
            CareSettingChanged c => (nameof(CareSettingChanged), c.On),
            ResponsibilityTransferred r => (nameof(ResponsibilityTransferred), r.On),
            _ => e,
        };
        var facts = episode.Events.Where(e => !OrderMatters(e)).GroupBy(SameChange).Reverse().SelectMany(change => change);
        var reordered = episode with { Events = [.. facts, .. episode.Events.Where(OrderMatters)] };

        Inclusive(reordered).Days.Should().Equal(Inclusive(episode).Days);
        Census(reordered).Days.Should().Equal(Census(episode).Days);
    });
}
