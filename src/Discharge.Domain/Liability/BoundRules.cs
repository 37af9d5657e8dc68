using Discharge.Domain.Calendar;
using Discharge.Domain.Councils;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>
/// A rule set bound to the reference data it prices with, checked once so the per-episode work cannot fail:
/// the zone exists, the calendar is the version the rule set asks for and covers the scheme, and every
/// chargeable day of each regime has a rate.
/// </summary>
internal sealed class BoundRules
{
    public BoundRules(RuleSet ruleSet, ReferenceData referenceData)
    {
        RuleSet = ruleSet;
        ReferenceData = referenceData;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(ruleSet.TimeZone)
            ?? throw new ArgumentException($"Rule set {ruleSet.Name}: unknown time zone '{ruleSet.TimeZone}'.", nameof(ruleSet));
        var calendar = referenceData.Calendar;
        if (ruleSet.CalendarVersion is { } wanted && wanted != calendar.Version)
        {
            throw new ArgumentException($"Rule set {ruleSet.Name} {ruleSet.Version} needs holiday calendar {wanted}; the reference data has {calendar.Version}.", nameof(referenceData));
        }

        var timeline = ruleSet.Timeline;
        if (!calendar.Covers(timeline.NoticesFrom) || !calendar.Covers(timeline.CareAct2014Until))
        {
            throw new ArgumentException($"Holiday calendar {calendar.Version} does not cover {timeline.NoticesFrom:uuuu-MM-dd} to {timeline.CareAct2014Until:uuuu-MM-dd}.", nameof(referenceData));
        }

        RequireRates(referenceData.Rates, Regime.Act2003, timeline.MoneyFrom, timeline.Act2003Until);
        RequireRates(referenceData.Rates, Regime.CareAct2014, timeline.CareAct2014From, timeline.CareAct2014Until);
        Interval = new MinimumIntervalCalendar(calendar, ruleSet.IntervalExcludes);
        Timing = new NoticeTiming(zone, ruleSet.CutoffTime, ruleSet.RollNoticeOffExcludedDay ? Interval : null);
        Census = ruleSet.ClosingRule == ClosingRule.MidnightCensus;
        ReferenceChanges = AlikeDays.Around(
        [
            timeline.NoticesFrom, timeline.MoneyFrom, timeline.Act2003Until, timeline.CareAct2014From, timeline.CareAct2014Until,
            ruleSet.RegimeInDoubt.Start, ruleSet.RegimeInDoubt.End,
            .. referenceData.Rates.Rates.SelectMany(rates => new[] { rates.From, rates.To }),
        ]);
    }

    public RuleSet RuleSet { get; }

    public ReferenceData ReferenceData { get; }

    public RegimeTimeline Timeline => RuleSet.Timeline;

    public MinimumIntervalCalendar Interval { get; }

    public NoticeTiming Timing { get; }

    public bool Census { get; }

    /// <summary>The days a decision may change on for any episode: of the timeline, the regime in doubt and the rates (<see cref="AlikeDays"/>).</summary>
    public LocalDate[] ReferenceChanges { get; }

    public CouncilRegister Councils => ReferenceData.Councils;

    public RateTable Rates => ReferenceData.Rates;

    /// <summary>The day a withdrawal takes effect: its local date unless the rule set applies the cut-off to withdrawals.</summary>
    public LocalDate WithdrawalDay(Instant at) => RuleSet.CutoffAppliesToWithdrawals ? Timing.DayGiven(at) : Timing.LocalDate(at);

    private static void RequireRates(RateTable rates, Regime regime, LocalDate from, LocalDate until)
    {
        for (var day = from; day <= until;)
        {
            var entry = rates.RatesOn(regime, day)
                ?? throw new ArgumentException($"Rate table {rates.Version} has no {regime} rates for {day:uuuu-MM-dd}.", nameof(rates));
            day = entry.To.PlusDays(1);
        }
    }
}
