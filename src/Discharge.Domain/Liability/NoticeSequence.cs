using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>
/// Reads the notices, withdrawals and payment requirements in the order they were recorded, because there the
/// order is the law: a discharge notice needs an assessment notice in force when it is given, and a withdrawal
/// withdraws the notice in force at the time. Produces one draft period per valid discharge notice. Notices of
/// the 2003 Act have no effect after 31 Mar 2015 (rules.md §3.6, A6): a Care Act assessment notice is taken
/// while one is nominally in force, and the 2003 period ends on the regime's last day.
/// </summary>
internal sealed class NoticeSequence
{
    public List<PeriodDraft> Periods { get; } = [];

    public List<DefectiveNotice> Defects { get; } = [];

    /// <summary>The latest day on which a 2014 payment requirement was given, if any.</summary>
    public LocalDate? LatestPaymentRequirement { get; private set; }

    /// <summary>Reads the events that had happened by the end of <paramref name="asOf"/> (all of them without one).</summary>
    public void Read(IReadOnlyList<IEpisodeEvent> events, EpisodeHeader episode, EpisodeFacts facts, BoundRules rules, LocalDate? asOf)
    {
        Periods.Clear();
        Defects.Clear();
        LatestPaymentRequirement = null;
        var assessment = new NoticeInForce();
        var openPeriod = -1;
        for (var i = 0; i < events.Count; i++)
        {
            if (!events[i].HappenedBy(asOf, rules.Timing))
            {
                continue;
            }

            switch (events[i])
            {
                case AssessmentNoticeGiven notice:
                    var day = rules.Timing.DayGiven(notice.DeliveredAt);
                    var regime = rules.Timeline.RegimeOn(day);
                    var lapsed = assessment.Index >= 0 && regime > assessment.Regime;
                    if (AssessmentDefect(notice, assessment.Index >= 0 && !lapsed, episode, facts, rules) is { } assessmentDefect)
                    {
                        Defects.Add(new DefectiveNotice(i, assessmentDefect));
                        break;
                    }

                    // The notice in force lapsed when its regime ended, and its discharge notice with it.
                    if (lapsed)
                    {
                        openPeriod = -1;
                    }

                    assessment = new NoticeInForce(i, day, regime!.Value, rules.Interval.IntervalEnd(day, rules.RuleSet.MinIntervalDays));
                    EndEarlierRegimes(assessment.Regime, rules.Timeline);
                    break;
                case DischargeNoticeGiven notice:
                    if (DischargeDefect(notice, assessment, openPeriod >= 0, episode, facts, rules) is { } dischargeDefect)
                    {
                        Defects.Add(new DefectiveNotice(i, dischargeDefect));
                    }
                    else
                    {
                        var dayGiven = rules.Timing.DayGiven(notice.DeliveredAt);
                        // reg 5: at least one day before the proposed date; A5 decides what happens otherwise.
                        var proposed = dayGiven < notice.ProposedDischargeDate ? notice.ProposedDischargeDate : dayGiven.PlusDays(1);
                        // s.5(6) clause (6); Sch 3 para 2(5): the later of the proposed day and the interval's end.
                        var relevantDay = LocalDate.Max(proposed, assessment.IntervalEnd);
                        openPeriod = Periods.Count;
                        Periods.Add(new PeriodDraft(assessment.Index, i, assessment.Regime, assessment.Day, assessment.IntervalEnd, proposed, relevantDay));
                    }

                    break;
                case DischargeNoticeWithdrawn withdrawal:
                    if (openPeriod < 0)
                    {
                        Defects.Add(new DefectiveNotice(i, NoticeDefects.NothingToWithdraw));
                        break;
                    }

                    Close(openPeriod, rules.WithdrawalDay(withdrawal.DeliveredAt), PeriodEnd.DischargeNoticeWithdrawn);
                    openPeriod = -1;
                    break;
                case AssessmentNoticeWithdrawn withdrawal:
                    if (assessment.Index < 0)
                    {
                        Defects.Add(new DefectiveNotice(i, NoticeDefects.NothingToWithdraw));
                        break;
                    }

                    // Liability needs both notices in force (notes 34): the discharge notice falls with the assessment notice.
                    if (openPeriod >= 0)
                    {
                        Close(openPeriod, rules.WithdrawalDay(withdrawal.DeliveredAt), PeriodEnd.AssessmentNoticeWithdrawn);
                        openPeriod = -1;
                    }

                    assessment = new NoticeInForce();
                    break;
                case PaymentRequired requirement:
                    var requiredOn = rules.Timing.LocalDate(requirement.DeliveredAt);
                    if (rules.Timeline.RegimeOn(requiredOn) != Regime.CareAct2014)
                    {
                        Defects.Add(new DefectiveNotice(i, NoticeDefects.PaymentRequirementOutsideCareAct));
                    }
                    else if (LatestPaymentRequirement is null || requiredOn > LatestPaymentRequirement)
                    {
                        LatestPaymentRequirement = requiredOn;
                    }

                    break;
            }
        }
    }

    private static NoticeDefect? AssessmentDefect(AssessmentNoticeGiven notice, bool alreadyInForce, EpisodeHeader episode, EpisodeFacts facts, BoundRules rules)
    {
        var day = rules.Timing.DayGiven(notice.DeliveredAt);
        if (day < rules.Timeline.NoticesFrom)
        {
            return NoticeDefects.BeforeScheme;
        }

        if (rules.Timeline.RegimeOn(day) is null)
        {
            return NoticeDefects.AfterScheme;
        }

        return alreadyInForce ? NoticeDefects.AssessmentNoticeAlreadyInForce : PatientDefect(notice.DeliveredAt, episode, facts, rules);
    }

    private static NoticeDefect? DischargeDefect(DischargeNoticeGiven notice, NoticeInForce assessment, bool alreadyInForce, EpisodeHeader episode, EpisodeFacts facts, BoundRules rules)
    {
        var day = rules.Timing.DayGiven(notice.DeliveredAt);
        var regime = rules.Timeline.RegimeOn(day);
        if (assessment.Index >= 0 && regime is null)
        {
            return NoticeDefects.AfterScheme;
        }

        // A 2003-Act assessment notice has no effect after 31 Mar 2015 (rules.md §3.6, A6): none is in force.
        if (assessment.Index < 0 || assessment.Regime != regime)
        {
            return NoticeDefects.NoAssessmentNoticeInForce;
        }

        if (alreadyInForce)
        {
            return NoticeDefects.DischargeNoticeAlreadyInForce;
        }

        if (day >= notice.ProposedDischargeDate && rules.RuleSet.DefectiveDischargeNotice == DefectiveDischargeNoticeHandling.Reject)
        {
            return NoticeDefects.LessThanOneDayNotice;
        }

        return PatientDefect(notice.DeliveredAt, episode, facts, rules);
    }

    /// <summary>E16: a notice for a patient who is not a qualifying patient starts no clock.</summary>
    private static NoticeDefect? PatientDefect(Instant at, EpisodeHeader episode, EpisodeFacts facts, BoundRules rules)
    {
        var date = rules.Timing.LocalDate(at);
        if (date > facts.DepartureDay)
        {
            return NoticeDefects.PatientAlreadyLeft;
        }

        if (facts.SettingAtEndOf(date) != CareSetting.Acute)
        {
            return NoticeDefects.NotInAcuteCare;
        }

        var council = rules.Councils.CodeOn(facts.CouncilOn(episode.Council, date), date);
        return rules.Councils.Contains(council) ? null : NoticeDefects.CouncilOutsideEngland;
    }

    /// <summary>
    /// Once a notice of a later regime is given, that regime's notices decide the days after the earlier regime
    /// ended, even where an earlier period was still listing them (withdrawn or left open after 31 Mar 2015).
    /// </summary>
    private void EndEarlierRegimes(Regime regime, RegimeTimeline timeline)
    {
        for (var p = 0; p < Periods.Count; p++)
        {
            if (Periods[p].Regime < regime)
            {
                Periods[p] = Periods[p] with { LapsedAfter = timeline.LastDayOf(Periods[p].Regime) };
            }
        }
    }

    private void Close(int period, LocalDate on, PeriodEnd cause) =>
        Periods[period] = Periods[period] with { WithdrawnOn = on, WithdrawnBy = cause };

    private readonly record struct NoticeInForce(int Index, LocalDate Day, Regime Regime, LocalDate IntervalEnd)
    {
        public NoticeInForce()
            : this(-1, default, default, default)
        {
        }
    }
}

/// <summary>A relevant day as the notices made it, before departure and the as-of day are applied.</summary>
internal readonly record struct PeriodDraft(
    int AssessmentNoticeIndex,
    int DischargeNoticeIndex,
    Regime Regime,
    LocalDate AssessmentNoticeDay,
    LocalDate IntervalEnd,
    LocalDate ProposedDischargeDate,
    LocalDate RelevantDay)
{
    public LocalDate? WithdrawnOn { get; init; }

    public PeriodEnd WithdrawnBy { get; init; }

    /// <summary>The last day of the period's regime, once a notice of a later regime was given: no later day is listed.</summary>
    public LocalDate? LapsedAfter { get; init; }
}
