using Discharge.Domain.Calendar;
using Discharge.Domain.Liability;
using NodaTime;

namespace Discharge.Domain.Rules;

/// <summary>
/// The rule set and reference data the service applies to commands and figures: the default rule set, and
/// the reference data from <c>Discharge:ReferenceData</c> (a folder whose files replace the built-in tables).
/// </summary>
public sealed class DischargeRules
{
    public DischargeRules(ReferenceData referenceData, RuleSet ruleSet)
    {
        ReferenceData = referenceData;
        RuleSet = ruleSet;
        Calculator = new LiabilityCalculator(ruleSet, referenceData);
        Zone = DateTimeZoneProviders.Tzdb[ruleSet.TimeZone];
        Timing = new NoticeTiming(Zone, ruleSet.CutoffTime, moveOffExcludedDays: null);
    }

    public ReferenceData ReferenceData { get; }

    public RuleSet RuleSet { get; }

    public LiabilityCalculator Calculator { get; }

    /// <summary>The zone legal days are read in (Europe/London).</summary>
    public DateTimeZone Zone { get; }

    public NoticeTiming Timing { get; }

    public RegimeTimeline Timeline => RuleSet.Timeline;

    /// <summary>The regime a notice delivered at <paramref name="at"/> falls under, by the day it counts as given; null outside both.</summary>
    public Regime? RegimeOfNotice(Instant at) => Timeline.RegimeOn(Timing.DayGiven(at));

    public LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(Zone).Date;

    /// <summary>The first instant of a legal day in London.</summary>
    public Instant StartOf(LocalDate day) => Zone.AtStartOfDay(day).ToInstant();
}
