using Discharge.Domain.Councils;
using Discharge.Domain.Episodes;
using Discharge.Domain.NhsBodies;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>
/// Turns an episode's events into its day-by-day liability under one rule set and one set of reference data.
/// Pure: no clock, no I/O; the same events always give the same result. Thread-safe; build one per rule set
/// and reuse it (construction checks the rule set against the reference data).
/// </summary>
public sealed class LiabilityCalculator
{
    [ThreadStatic]
    private static Scratch? scratch;

    private readonly BoundRules rules;

    private readonly bool everyDayDecided;

    public LiabilityCalculator(RuleSet ruleSet, ReferenceData referenceData)
        : this(ruleSet, referenceData, everyDayDecided: false)
    {
    }

    /// <summary>
    /// With <paramref name="everyDayDecided"/>, each day is decided on its own instead of as the first of its alike days
    /// (<see cref="AlikeDays"/>): the tests' measure of the engine, which must list the same days either way.
    /// </summary>
    internal LiabilityCalculator(RuleSet ruleSet, ReferenceData referenceData, bool everyDayDecided)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(referenceData);
        rules = new BoundRules(ruleSet, referenceData);
        this.everyDayDecided = everyDayDecided;
    }

    public RuleSet RuleSet => rules.RuleSet;

    public ReferenceData ReferenceData => rules.ReferenceData;

    /// <summary>One-off calculation; prefer a reused <see cref="LiabilityCalculator"/> for many episodes.</summary>
    public static EpisodeLiability Calculate(
        EpisodeHeader episode, IReadOnlyList<IEpisodeEvent> events, RuleSet ruleSet, ReferenceData referenceData, LocalDate asOf) =>
        new LiabilityCalculator(ruleSet, referenceData).Calculate(episode, events, asOf);

    /// <summary>
    /// The liability of one episode as it stood at the end of <paramref name="asOf"/>, from what its events mean for
    /// liability (<see cref="Episode.LiabilityFacts"/>, in the order they were recorded). Facts that happened after
    /// the as-of day are left out (<see cref="LiabilityFact.HappenedBy"/>): a liability as of a day does not change
    /// because of something that happened later. A period still open is listed up to the as-of day, or to the day the
    /// scheme ended if that was earlier. The engine has no clock: a caller that means "today" passes today.
    /// </summary>
    public EpisodeLiability Calculate(EpisodeHeader episode, IReadOnlyList<LiabilityFact> history, LocalDate asOf) =>
        CalculateUntil(episode, history, asOf);

    /// <summary>The liability as of <paramref name="asOf"/> of an episode whose recorded events are <paramref name="events"/>.</summary>
    public EpisodeLiability Calculate(EpisodeHeader episode, IReadOnlyList<IEpisodeEvent> events, LocalDate asOf) =>
        CalculateUntil(episode, HistoryOf(events), asOf);

    /// <summary>
    /// The liability of one episode with every recorded fact, each period still open listed to the last day its
    /// notices' regime allows (<see cref="PeriodEnd.EndOfRegime"/>). For read models that store the days once and
    /// cut them at the day they are read; anything shown as "the liability" should use an as-of day.
    /// </summary>
    public EpisodeLiability CalculateToRegimeEnd(EpisodeHeader episode, IReadOnlyList<LiabilityFact> history) =>
        CalculateUntil(episode, history, asOf: null);

    /// <summary>The liability to its regime's end of an episode whose recorded events are <paramref name="events"/>.</summary>
    public EpisodeLiability CalculateToRegimeEnd(EpisodeHeader episode, IReadOnlyList<IEpisodeEvent> events) =>
        CalculateUntil(episode, HistoryOf(events), asOf: null);

    /// <summary>What <paramref name="events"/> mean for liability, read by the episode's fold: the one place they are read.</summary>
    private static IReadOnlyList<LiabilityFact> HistoryOf(IReadOnlyList<IEpisodeEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return Episode.From(Guid.Empty, events).LiabilityFacts();
    }

    /// <summary>
    /// The days of one episode with every recorded fact, as <see cref="CalculateToRegimeEnd(EpisodeHeader, IReadOnlyList{LiabilityFact})"/>
    /// lists them, given as the runs of days decided alike instead of a day each: for read models that keep runs of days
    /// (a period still open runs to its regime's end, years of alike days).
    /// </summary>
    public IReadOnlyList<DaysDecidedAlike> DaysToRegimeEnd(EpisodeHeader episode, IReadOnlyList<LiabilityFact> history) =>
        [.. DecidePeriods(episode, history, asOf: null).Work.Decided];

    private EpisodeLiability CalculateUntil(EpisodeHeader episode, IReadOnlyList<LiabilityFact> history, LocalDate? asOf)
    {
        var (work, periods, dayCount) = DecidePeriods(episode, history, asOf);
        var days = dayCount == 0 ? [] : new LiabilityDay[dayCount];
        var totals = work.Totals;
        totals.Clear();
        var index = 0;
        foreach (var (decided, lastAlike) in work.Decided)
        {
            for (var day = decided.Date; day <= lastAlike; day = day.PlusDays(1))
            {
                days[index] = decided with { Date = day };
                totals.Add(days[index++]);
            }
        }

        return new EpisodeLiability
        {
            Episode = episode,
            RuleSet = rules.RuleSet,
            ReferenceData = rules.ReferenceData.Versions,
            AsOf = asOf,
            Periods = periods,
            Days = days,
            ByCouncil = totals.ByCouncil(),
            DefectiveNotices = work.Notices.Defects.Count == 0 ? [] : work.Notices.Defects.ToArray(),
            ChargeableDays = totals.ChargeableDays,
            TotalAmount = totals.Amount,
            PotentialDays = totals.PotentialDays,
            PotentialAmount = totals.PotentialAmount,
        };
    }

    /// <summary>The episode's periods, how many days they list, and their days decided (in the scratch's <see cref="Scratch.Decided"/>).</summary>
    private (Scratch Work, DelayPeriod[] Periods, int DayCount) DecidePeriods(EpisodeHeader episode, IReadOnlyList<LiabilityFact> history, LocalDate? asOf)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(history);
        var work = scratch ??= new Scratch();
        work.Facts.Collect(history, asOf, rules.Timing, rules.Councils);
        work.Notices.Read(history, episode, work.Facts, rules, asOf);

        var drafts = work.Notices.Periods;
        var periods = drafts.Count == 0 ? [] : new DelayPeriod[drafts.Count];
        var closings = work.Closings;
        closings.Clear();
        var dayCount = 0;
        var lastListed = LocalDate.MinIsoValue;
        for (var p = 0; p < drafts.Count; p++)
        {
            var (period, closing) = Bound(drafts[p], work.Facts, asOf, lastListed);
            periods[p] = period;
            closings.Add(closing);
            if (period.LastDay is { } last)
            {
                dayCount += Period.DaysBetween(period.FirstDay!.Value, last) + 1;
                lastListed = last;
            }
        }

        var nhsBody = rules.ReferenceData.NhsBodies.Find(episode.NhsBody);
        work.Alike.Collect(rules, work.Facts, episode.Council, nhsBody, work.Notices.LatestPaymentRequirement, closings);
        var decided = work.Decided;
        decided.Clear();
        for (var p = 0; p < periods.Length; p++)
        {
            if (periods[p].FirstDay is not { } first)
            {
                continue;
            }

            var last = periods[p].LastDay!.Value;
            for (var day = first; day <= last;)
            {
                var lastAlike = everyDayDecided ? day : LocalDate.Min(last, work.Alike.LastAlike(day));
                decided.Add(new DaysDecidedAlike(Decide(episode, nhsBody, work, closings[p], day, p), lastAlike));
                day = lastAlike.PlusDays(1);
            }
        }

        return (work, periods, dayCount);
    }

    /// <summary>
    /// The days a draft period covers: from the day after the relevant day (notes 37) to the first of its
    /// withdrawal and the patient's departure; if neither came, to the as-of day (at most the scheme's last day)
    /// or without one to its regime's end. A period whose notices lapsed at the change-over ends with their regime,
    /// and none runs past the as-of day. A period never re-lists a day an earlier one listed.
    /// </summary>
    private (DelayPeriod Period, ClosingFacts Closing) Bound(PeriodDraft draft, EpisodeFacts facts, LocalDate? asOf, LocalDate lastListed)
    {
        var closingDay = draft.WithdrawnOn;
        var cause = draft.WithdrawnBy;
        if (facts.DepartureDay is { } departure && (closingDay is null || departure <= closingDay))
        {
            closingDay = departure;
            cause = facts.DepartureKind;
        }

        var timeline = rules.Timeline;
        var (end, endedBy) = closingDay is { } closed ? (closed, cause)
            : asOf is { } day && day <= timeline.CareAct2014Until ? (day, PeriodEnd.AsOf)
            : (asOf is null ? timeline.LastDayOf(draft.Regime) : timeline.CareAct2014Until, PeriodEnd.EndOfRegime);
        if (draft.LapsedAfter < end)
        {
            (end, endedBy, closingDay) = (draft.LapsedAfter.Value, PeriodEnd.EndOfRegime, null);
        }

        if (asOf < end)
        {
            (end, endedBy, closingDay) = (asOf.Value, PeriodEnd.AsOf, null);
        }

        var first = LocalDate.Max(draft.RelevantDay.PlusDays(1), lastListed.PlusDays(1));
        var hasDays = first <= end;
        var period = new DelayPeriod(
            draft.AssessmentNoticeIndex,
            draft.DischargeNoticeIndex,
            draft.Regime,
            draft.AssessmentNoticeDay,
            draft.IntervalEnd,
            draft.ProposedDischargeDate,
            draft.RelevantDay,
            hasDays ? first : null,
            hasDays ? end : null,
            endedBy,
            end);
        return (period, new ClosingFacts(draft.Regime, closingDay, cause, draft.AssessmentNoticeDay));
    }

    private LiabilityDay Decide(EpisodeHeader episode, NhsBody? nhsBody, Scratch work, in ClosingFacts closing, LocalDate day, int period)
    {
        var responsible = work.Facts.CouncilOn(episode.Council, day);
        var council = rules.Councils.CodeOn(responsible, day);
        var (status, regimeRule) = DayRules.Decide(rules, work.Facts, closing, day, PartyRule(council, nhsBody, day), work.Notices.LatestPaymentRequirement);
        var regime = rules.Timeline.RegimeOn(day);
        if (status is not (DayStatus.Chargeable or DayStatus.Potential))
        {
            return new LiabilityDay(day, council, status, regime, null, 0m, regimeRule.Under(closing.Regime), period);
        }

        // rules.md §4: the band of the council responsible that day, at the rate of the regime in force that day.
        var band = rules.Rates.BandOf(council, closing.Regime);
        var rate = rules.Rates.RatesOn(closing.Regime, day)!.RateFor(band);
        var rule = regimeRule.Under(closing.Regime, afterTransfer: responsible != episode.Council);
        return new LiabilityDay(day, council, status, regime, band, rate, rule, period);
    }

    /// <summary>
    /// What the registers say of the day's parties (rules.md §1.1, §3.5), by the same register rules the API refuses
    /// with: a council outside the register is not English; one that was abolished or not yet created, or an NHS body
    /// that was closed, cannot be charged or charge for the day.
    /// </summary>
    private (DayStatus, RegimeRule)? PartyRule(string council, NhsBody? nhsBody, LocalDate day) =>
        rules.Councils.Standing(council, day) is { Refused: true } refusal
            ? (refusal.Listed ? (DayStatus.PartyNotInExistence, DecisionRules.CouncilNotInExistence) : (DayStatus.NotQualifying, DecisionRules.CouncilOutsideEngland))
            : nhsBody is not null && !nhsBody.ExistedOn(day) ? (DayStatus.PartyNotInExistence, DecisionRules.NhsBodyNotInExistence)
            : null;

    /// <summary>Per-thread working storage, so that a calculation allocates little more than its result.</summary>
    private sealed class Scratch
    {
        public EpisodeFacts Facts { get; } = new();

        public NoticeSequence Notices { get; } = new();

        public List<ClosingFacts> Closings { get; } = [];

        public LiabilityTotals Totals { get; } = new();

        public AlikeDays Alike { get; } = new();

        public List<DaysDecidedAlike> Decided { get; } = [];
    }
}
