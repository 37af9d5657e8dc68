using Discharge.Domain.Councils;
using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Discharge.Domain.Tests.Properties;

/// <summary>
/// The engine decides the first of a run of days that nothing it reads tells apart, and lists the rest as it
/// (<see cref="AlikeDays"/>): it must list what deciding every day on its own lists, for episodes that never end, whose
/// council is recoded or abolished, whose NHS body opens or closes, across the regimes, the rates and the regime in doubt.
/// </summary>
public class deciding_alike_days_once
{
    private static readonly (LiabilityCalculator Alike, LiabilityCalculator EveryDay)[] Calculators =
    [
        .. new[] { RuleSets.Default, RuleSets.Census, ChargingOtherwise }.Select(ruleSet => Both(ruleSet, ReferenceData.Default)),
        Both(RuleSets.Default, RatesRisingIn2010),
    ];

    private static (LiabilityCalculator, LiabilityCalculator) Both(RuleSet ruleSet, ReferenceData data) =>
        (new LiabilityCalculator(ruleSet, data), new LiabilityCalculator(ruleSet, data, everyDayDecided: true));

    /// <summary>The shipped reference data with the 2003 regime's rates raised from 2010 (the shipped rates change only with the regime).</summary>
    private static ReferenceData RatesRisingIn2010
    {
        get
        {
            var shipped = ReferenceData.Default;
            var rates = shipped.Rates.Rates.SelectMany(r => r.Regime != Regime.Act2003
                ? [r]
                : new[] { r with { To = new LocalDate(2009, 12, 31) }, r with { LowerRate = 110m, HigherRate = 135m, From = new LocalDate(2010, 1, 1) } });
            return new ReferenceData(shipped.Calendar, shipped.Councils, new RateTable("rising", rates, shipped.Rates.HigherRateAuthorities), shipped.NhsBodies);
        }
    }

    /// <summary>
    /// Days charged up to each payment requirement, patients' choices charged, the regime in doubt charged, money from a
    /// later day than the rates (with which the shipped timeline's days all coincide).
    /// </summary>
    private static RuleSet ChargingOtherwise => RuleSets.Default with
    {
        Timeline = new RegimeTimeline { MoneyFrom = new LocalDate(2004, 2, 2) },
        PaymentRequirementCovers = PaymentRequirementCoverage.DaysUpToRequirement,
        PatientChoiceDays = PatientChoiceDays.Chargeable,
        WithholdRegimeInDoubt = false,
    };

    [Property(MaxTest = 2000)]
    public Property lists_the_days_deciding_every_day_lists() => Prop.ForAll(EpisodeGenerator.OpenEpisodes, episode =>
    {
        var facts = Episode.From(Guid.Empty, episode.Events).LiabilityFacts();
        foreach (var (alike, everyDay) in Calculators)
        {
            var decidedEveryDay = everyDay.CalculateToRegimeEnd(episode.Header, episode.Events);
            ShouldListAlike(alike.CalculateToRegimeEnd(episode.Header, episode.Events), decidedEveryDay);
            // What the delay ledgers keep: the same days, as runs decided alike.
            alike.DaysToRegimeEnd(episode.Header, facts)
                .SelectMany(run => Enumerable.Range(0, Period.DaysBetween(run.First.Date, run.Last) + 1).Select(d => run.First with { Date = run.First.Date.PlusDays(d) }))
                .Should().Equal(decidedEveryDay.Days);
        }
    });

    [Property(MaxTest = 500)]
    public Property lists_the_days_deciding_every_day_lists_as_of_any_day() => Prop.ForAll(
        EpisodeGenerator.OpenEpisodes, Gen.Choose(0, 7000).ToArbitrary(), (episode, daysAfterTheNotice) =>
        {
            var asOf = new LocalDate(2003, 9, 20).PlusDays(daysAfterTheNotice);
            foreach (var (alike, everyDay) in Calculators)
            {
                ShouldListAlike(alike.Calculate(episode.Header, episode.Events, asOf), everyDay.Calculate(episode.Header, episode.Events, asOf));
            }
        });

    [Fact]
    public void a_blocker_until_the_last_day_a_date_can_name_is_decided()
    {
        var notice = new LocalDate(2016, 3, 1).AtMidnight().PlusHours(10).InUtc().ToInstant();
        IEpisodeEvent[] events =
        [
            new AssessmentNoticeGiven(notice, "RTG", TestCouncils.Derby),
            new DischargeNoticeGiven(notice, new LocalDate(2016, 3, 4)),
            new NhsServiceAwaited(new LocalDate(2016, 3, 10), LocalDate.MaxIsoValue),
        ];

        foreach (var (alike, everyDay) in Calculators)
        {
            var header = new EpisodeHeader("RTG", TestCouncils.Derby);
            ShouldListAlike(alike.CalculateToRegimeEnd(header, events), everyDay.CalculateToRegimeEnd(header, events));
        }
    }

    private static void ShouldListAlike(EpisodeLiability alike, EpisodeLiability everyDay)
    {
        alike.Days.Should().Equal(everyDay.Days);
        alike.ByCouncil.Should().Equal(everyDay.ByCouncil);
        (alike.ChargeableDays, alike.TotalAmount, alike.PotentialDays, alike.PotentialAmount)
            .Should().Be((everyDay.ChargeableDays, everyDay.TotalAmount, everyDay.PotentialDays, everyDay.PotentialAmount));
    }
}
