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
    public void Read(IReadOnlyList<LiabilityFact> history, EpisodeHeader episode, EpisodeFacts facts, BoundRules rules, LocalDate? asOf)
    {
        Periods.Clear();
        Defects.Clear();
        LatestPaymentRequirement = null;
        var assessment = new NoticeInForce();
        var openPeriod = -1;
        for (var i = 0; i < history.Count; i++)
        {
            var fact = history[i];
            if (!fact.HappenedBy(asOf, rules.Timing))
            {
                continue;
            }

            switch (fact.Kind)
            {
                case LiabilityFactKind.AssessmentNoticeGiven:
                    var day = rules.Timing.DayGiven(fact.DeliveredAt);
                    var regime = rules.Timeline.RegimeOn(day);
                    var lapsed = assessment.Index >= 0 && regime > assessment.Regime;
                    if (AssessmentDefect(fact, assessment.Index >= 0 && !lapsed, episode, facts, rules) is { } assessmentDefect)
                    {
                        Defects.Add(new DefectiveNotice(fact.Index, assessmentDefect));
                        break;
                    }

                    // The notice in force lapsed when its regime ended, and its discharge notice with it.
                    if (lapsed)
                    {
                        openPeriod = -1;
                    }

                    assessment = new NoticeInForce(fact.Index, day, regime!.Value, rules.Interval.IntervalEnd(day, rules.RuleSet.MinIntervalDays));
                    EndEarlierRegimes(assessment.Regime, rules.Timeline);
                    break;
                case LiabilityFactKind.DischargeNoticeGiven:
                    if (DischargeDefect(fact, assessment, openPeriod >= 0, episode, facts, rules) is { } dischargeDefect)
                    {
                        Defects.Add(new DefectiveNotice(fact.Index, dischargeDefect));
                    }
                    else
                    {
                        var dayGiven = rules.Timing.DayGiven(fact.DeliveredAt);
                        // reg 5: at least one day before the proposed date; A5 decides what happens otherwise.
                        var proposed = dayGiven < fact.ProposedDischargeDate ? fact.ProposedDischargeDate : dayGiven.PlusDays(1);
                        // s.5(6) clause (6); Sch 3 para 2(5): the later of the proposed day and the interval's end.
                        var relevantDay = LocalDate.Max(proposed, assessment.IntervalEnd);
                        openPeriod = Periods.Count;
                        Periods.Add(new PeriodDraft(assessment.Index, fact.Index, assessment.Regime, assessment.Day, assessment.IntervalEnd, proposed, relevantDay));
                    }

                    break;
                case LiabilityFactKind.DischargeNoticeWithdrawn:
                    if (openPeriod < 0)
                    {
                        Defects.Add(new DefectiveNotice(fact.Index, NoticeDefects.NothingToWithdraw.Under(GoverningRegime(rules, rules.WithdrawalDay(fact.DeliveredAt)))));
                        break;
                    }

                    Close(openPeriod, rules.WithdrawalDay(fact.DeliveredAt), PeriodEnd.DischargeNoticeWithdrawn);
                    openPeriod = -1;
                    break;
                case LiabilityFactKind.AssessmentNoticeWithdrawn:
                    if (assessment.Index < 0)
                    {
                        Defects.Add(new DefectiveNotice(fact.Index, NoticeDefects.NothingToWithdraw.Under(GoverningRegime(rules, rules.WithdrawalDay(fact.DeliveredAt)))));
                        break;
                    }

                    // Liability needs both notices in force (notes 34): the discharge notice falls with the assessment notice.
                    if (openPeriod >= 0)
                    {
                        Close(openPeriod, rules.WithdrawalDay(fact.DeliveredAt), PeriodEnd.AssessmentNoticeWithdrawn);
                        openPeriod = -1;
                    }

                    assessment = new NoticeInForce();
                    break;
                case LiabilityFactKind.ResponsibilityTransferred when facts.RefusedTransfer(i) is { } reason:
                    Defects.Add(new DefectiveNotice(fact.Index, NoticeDefects.CouncilNotInExistence.Under(GoverningRegime(rules, fact.Day), reason)));
                    break;
                case LiabilityFactKind.PaymentRequired:
                    var requiredOn = rules.Timing.LocalDate(fact.DeliveredAt);
                    var requiredUnder = rules.Timeline.RegimeOn(requiredOn);
                    if (requiredUnder == Regime.Act2003)
                    {
                        // 2003 liability is owed without a demand (s.6): a requirement changes nothing and is not a defect.
                        break;
                    }

                    if (requiredUnder is null)
                    {
                        Defects.Add(new DefectiveNotice(fact.Index, NoticeDefects.PaymentRequirementOutsideCareAct.Under(Regime.CareAct2014)));
                    }
                    else if (LatestPaymentRequirement is null || requiredOn > LatestPaymentRequirement)
                    {
                        LatestPaymentRequirement = requiredOn;
                    }

                    break;
            }
        }
    }

    private static NoticeDefect? AssessmentDefect(in LiabilityFact notice, bool alreadyInForce, EpisodeHeader episode, EpisodeFacts facts, BoundRules rules)
    {
        var day = rules.Timing.DayGiven(notice.DeliveredAt);
        if (day < rules.Timeline.NoticesFrom)
        {
            return NoticeDefects.BeforeScheme.Under(Regime.Act2003);
        }

        if (rules.Timeline.RegimeOn(day) is not { } regime)
        {
            return NoticeDefects.AfterScheme.Under(Regime.CareAct2014);
        }

        return alreadyInForce
            ? NoticeDefects.AssessmentNoticeAlreadyInForce.Under(regime)
            : PartyDefect(day, regime, episode, facts, rules) ?? PatientDefect(notice.DeliveredAt, regime, facts, rules);
    }

    private static NoticeDefect? DischargeDefect(in LiabilityFact notice, NoticeInForce assessment, bool alreadyInForce, EpisodeHeader episode, EpisodeFacts facts, BoundRules rules)
    {
        var day = rules.Timing.DayGiven(notice.DeliveredAt);
        if (assessment.Index >= 0 && rules.Timeline.RegimeOn(day) is null)
        {
            return NoticeDefects.AfterScheme.Under(Regime.CareAct2014);
        }

        // A 2003-Act assessment notice has no effect after 31 Mar 2015 (rules.md §3.6, A6): none is in force.
        if (assessment.Index < 0 || rules.Timeline.RegimeOn(day) is not { } regime || assessment.Regime != regime)
        {
            return NoticeDefects.NoAssessmentNoticeInForce.Under(GoverningRegime(rules, day));
        }

        if (alreadyInForce)
        {
            return NoticeDefects.DischargeNoticeAlreadyInForce.Under(regime);
        }

        if (day >= notice.ProposedDischargeDate && rules.RuleSet.DefectiveDischargeNotice == DefectiveDischargeNoticeHandling.Reject)
        {
            return NoticeDefects.LessThanOneDayNotice.Under(regime);
        }

        return PartyDefect(day, regime, episode, facts, rules) ?? PatientDefect(notice.DeliveredAt, regime, facts, rules);
    }

    /// <summary>
    /// The register rules the API refuses a notice by (rules.md §1.1, §3.5): the NHS body must be an English NHS body
    /// open on the day the notice counts as given, and the council responsible then an English council in existence.
    /// </summary>
    private static NoticeDefect? PartyDefect(LocalDate day, Regime regime, EpisodeHeader episode, EpisodeFacts facts, BoundRules rules)
    {
        if (rules.ReferenceData.NhsBodies.Refusal(episode.NhsBody, day) is { } nhsBody)
        {
            return (nhsBody.Listed ? NoticeDefects.NhsBodyNotInExistence : NoticeDefects.NhsBodyNotInRegister).Under(regime, nhsBody.Reason);
        }

        // The code as given, as the API checks it: a notice names the council's code in use that day.
        return rules.Councils.Refusal(facts.CouncilOn(episode.Council, day), day) is { } refusal
            ? (refusal.Listed ? NoticeDefects.CouncilNotInExistence : NoticeDefects.CouncilOutsideEngland).Under(regime, refusal.Reason)
            : null;
    }

    /// <summary>E16: a notice for a patient who is not a qualifying patient starts no clock.</summary>
    private static NoticeDefect? PatientDefect(Instant at, Regime regime, EpisodeFacts facts, BoundRules rules)
    {
        var date = rules.Timing.LocalDate(at);
        if (date > facts.DepartureDay)
        {
            return NoticeDefects.PatientAlreadyLeft.Under(regime);
        }

        return QualifyingCare.Qualifies(facts.SettingAtEndOf(date), regime) ? null : NoticeDefects.NotInAcuteCare.Under(regime);
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

    /// <summary>The regime whose rules govern an event on <paramref name="day"/>; outside both, the nearer one.</summary>
    private static Regime GoverningRegime(BoundRules rules, LocalDate day) =>
        rules.Timeline.RegimeOn(day) ?? (day < rules.Timeline.CareAct2014From ? Regime.Act2003 : Regime.CareAct2014);

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
