using Discharge.Domain.Episodes.Contents;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>
/// The hospital tells the council the day it proposes to discharge the patient (2003 s.5(3); Sch 3 para 2).
/// The answer names the relevant day: the later of the proposed day and the end of the minimum interval.
/// </summary>
public sealed record GiveDischargeNotice(
    Instant? DeliveredAt,
    LocalDate? ProposedDischargeDate,
    bool? DescribesItselfAsNotice,
    bool? PatientAndCarerInformed,
    string? NhsServicesAfterDischarge,
    LiaisonPart? Liaison)
{
    /// <summary>
    /// The NHS body gives it on an open episode after the assessment notice in force and any withdrawal, under the
    /// same regime, between parties in the registers, with the contents its regime requires, a day before the proposed date.
    /// </summary>
    public Outcome Decide(Episode episode, DecisionContext context)
    {
        var rules = context.Rules;
        var at = DeliveredAt ?? context.Now;
        var dayGiven = rules.Timing.DayGiven(at);
        return EpisodeChecks.Open(episode)
            ?? EpisodeChecks.SentBy(Party.NhsBody, episode, context)
            ?? SequenceProblem(episode, at)
            ?? EpisodeChecks.WithinScheme("discharge notice", dayGiven, rules.Timeline)
            ?? SameRegime(episode, dayGiven, rules)
            ?? RegisterChecks.KnownNhsBody(episode.Header!.NhsBody, dayGiven, rules)
            ?? RegisterChecks.KnownCouncil(episode.ResponsibleCouncil!, dayGiven, rules)
            ?? ContentsProblem(rules.Timeline.RegimeOn(dayGiven)!.Value)
            ?? TooLate(ProposedDischargeDate!.Value, dayGiven)
            ?? Outcome.Record(new DischargeNoticeGiven(at, ProposedDischargeDate!.Value, new DischargeNoticeContents(
                new LiaisonPerson(Liaison!.Name!, Liaison.Phone, Liaison.Email),
                PatientAndCarerInformed: true,
                NhsServicesAfterDischarge)));
    }

    /// <summary>Notes each content missing from the notice; with no regime (none known yet), only what both require.</summary>
    public FieldFaults AddMissingContents(FieldFaults faults, Regime? regime)
    {
        var is2014 = regime == Regime.CareAct2014;
        faults.Require("liaison.name", Liaison?.Name);
        if (DescribesItselfAsNotice != true)
        {
            faults.Add("describesItselfAsNotice", "The notice must state that it is a discharge notice (2003 reg 5(3); Sch 3 para 2).");
        }

        if (PatientAndCarerInformed != true)
        {
            faults.Add("patientAndCarerInformed", "The patient (and carer) must have been told the proposed date (2003 reg 5(3)).");
        }

        if (is2014 && string.IsNullOrWhiteSpace(NhsServicesAfterDischarge))
        {
            faults.Add("nhsServicesAfterDischarge", "The NHS services the patient will receive after discharge, or 'none', must be stated (Sch 3 para 2(3)).");
        }

        return faults;
    }

    private static Refusal? SequenceProblem(Episode episode, Instant at) =>
        episode.AssessmentNotice is not { } assessment ? Refusal.OutOfSequence(
            "no-assessment-notice-in-force",
            "No assessment notice is in force.",
            "A discharge notice follows an assessment notice (2003 s.5(3); Sch 3 para 2(1)).",
            "2003 s.5(3); Sch 3 para 2(1)")
        : episode.DischargeNotice is not null ? Refusal.OutOfSequence(
            "discharge-notice-in-force",
            "A discharge notice is already in force.",
            "Withdraw it first (2003 reg 5(4); 2014 reg 7); a fresh notice then makes a new relevant day.",
            "2003 reg 5(4); 2014 reg 7")
        : at < assessment.DeliveredAt ? Refusal.OutOfSequence(
            "discharge-notice-before-assessment-notice",
            "The discharge notice is dated before the assessment notice.",
            $"The assessment notice was delivered at {assessment.DeliveredAt}; a discharge notice cannot precede it.")
        : at < episode.LastWithdrawalAt ? Refusal.OutOfSequence(
            "discharge-notice-before-withdrawal",
            "The discharge notice is dated before the withdrawal of the notice it replaces.",
            $"The earlier notice was withdrawn at {episode.LastWithdrawalAt}; a fresh notice follows the withdrawal (2003 s.5 clause (8); 2014 reg 7).",
            "2003 s.5 clause (8); 2014 reg 7")
        : null;

    /// <summary>Notices of one regime do not carry over into the next: fresh Care Act notices are needed (A6; rules.md §3.6).</summary>
    private static Refusal? SameRegime(Episode episode, LocalDate dayGiven, DischargeRules rules) =>
        rules.RegimeOfNotice(episode.AssessmentNotice!.DeliveredAt) == rules.Timeline.RegimeOn(dayGiven) ? null : Refusal.RuleBroken(
            "regime-changed",
            "The assessment notice in force was given under another regime.",
            "No transitional rule carries 2003-Act notices into the Care Act 2014 regime, and they have no effect after 31 Mar 2015 (docs/rules.md §7, A6): give a Care Act assessment notice first (no withdrawal is needed).",
            "docs/rules.md §7, A6");

    private Refusal? ContentsProblem(Regime regime) =>
        AddMissingContents(new FieldFaults(), regime).ContentsMissing(
            "discharge notice", regime == Regime.CareAct2014 ? "Sch 3 para 2 and the 2014 Regulations" : "the 2003 Regulations, reg 5");

    /// <summary>At least one day before the proposed date (2003 reg 5(1)(a); 2014 reg 5); otherwise defective (A5).</summary>
    private static Refusal? TooLate(LocalDate proposed, LocalDate dayGiven) =>
        dayGiven <= proposed.PlusDays(-1) ? null : Refusal.RuleBroken(
            "discharge-notice-too-late",
            "The discharge notice was not given at least one day before the proposed discharge date.",
            $"It counts as given on {dayGiven:yyyy-MM-dd} (after the 14:00 cut-off a notice counts from the next day), so the earliest lawful proposed date is {dayGiven.PlusDays(1):yyyy-MM-dd} (2003 reg 5(1)(a); 2014 reg 5; docs/rules.md §7, A5).",
            "2003 reg 5(1)(a); 2014 reg 5; docs/rules.md §7, A5");
}
