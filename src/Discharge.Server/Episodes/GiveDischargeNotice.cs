using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Contents;
using Discharge.Domain.Rules;
using Discharge.Server.Commands;
using Discharge.Server.Liability;
using Discharge.Server.Notifications;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

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
    LiaisonPart? Liaison);

public static class GiveDischargeNoticeEndpoint
{
    public static ProblemDetails Validate(GiveDischargeNotice? command, IClock clock, DischargeRules rules)
    {
        var errors = FieldErrors.For(command)
            .Require("proposedDischargeDate", command?.ProposedDischargeDate)
            .NotInFuture("deliveredAt", command?.DeliveredAt, clock);

        // A refused body hears of every field at fault at once, the statutory contents too, not one round at a time.
        return command is not null && errors.Any
            ? AddContentErrors(errors, command, rules.RegimeOfNotice(command.DeliveredAt ?? clock.GetCurrentInstant())).ToProblem()
            : errors.ToProblem();
    }

    [WolverinePost("/episodes/{episodeId}/discharge-notice")]
    public static Task<CommandAnswer<NoticeReceipt>> Post(
        Guid episodeId, GiveDischargeNotice command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<NoticeReceipt>(http, episodeId, command, history => Decide(command, history, rules));

    public static Decision Decide(GiveDischargeNotice command, EpisodeHistory history, DischargeRules rules)
    {
        var state = Episode.From(history.EpisodeId, history.Events);
        var at = command.DeliveredAt ?? history.Now;
        var dayGiven = rules.Timing.DayGiven(at);
        var problem = EpisodeChecks.Open(history.EpisodeId, state)
            ?? EpisodeChecks.SentBy(Party.NhsBody, state, history.Origin)
            ?? SequenceProblem(state, at)
            ?? EpisodeChecks.WithinScheme("discharge notice", dayGiven, rules.Timeline)
            ?? SameRegime(state, dayGiven, rules)
            ?? NhsBodies.Check(state.Header!.NhsBody, dayGiven, rules)
            ?? Councils.Check(state.TransferredTo ?? state.Header.Council, dayGiven, rules)
            ?? ContentsProblem(command, rules.Timeline.RegimeOn(dayGiven)!.Value)
            ?? TooLate(command.ProposedDischargeDate!.Value, dayGiven);
        if (problem is not null)
        {
            return Decision.Refuse(problem);
        }

        var notice = new DischargeNoticeGiven(at, command.ProposedDischargeDate!.Value, new DischargeNoticeContents(
            new LiaisonPerson(command.Liaison!.Name!, command.Liaison.Phone, command.Liaison.Email),
            PatientAndCarerInformed: true,
            command.NhsServicesAfterDischarge));
        // As of the day it counts as given: no recorded notice or withdrawal is dated later (the sequence checks above).
        var liability = EpisodeLiabilityReader.Compute(Episode.From(history.EpisodeId, [.. history.Events, notice]), rules, asOf: dayGiven)!;
        var relevantDay = liability.Periods[^1].RelevantDay;
        var check = new CheckLiabilityStarted(history.EpisodeId, relevantDay);
        return ((Appended)Decision.Append(NoticeReceipt.For(history.EpisodeId, at, dayGiven, rules, relevantDay), notice))
            .Schedule(check, check.DueAt(rules));
    }

    private static ProblemDetails? SequenceProblem(Episode state, Instant at) =>
        state.AssessmentNotice is not { } assessment ? DischargeProblems.OutOfSequence(
            "no-assessment-notice-in-force",
            "No assessment notice is in force.",
            "A discharge notice follows an assessment notice (2003 s.5(3); Sch 3 para 2(1)).")
        : state.DischargeNotice is not null ? DischargeProblems.OutOfSequence(
            "discharge-notice-in-force",
            "A discharge notice is already in force.",
            "Withdraw it first (2003 reg 5(4); 2014 reg 7); a fresh notice then makes a new relevant day.")
        : at < assessment.DeliveredAt ? DischargeProblems.OutOfSequence(
            "discharge-notice-before-assessment-notice",
            "The discharge notice is dated before the assessment notice.",
            $"The assessment notice was delivered at {assessment.DeliveredAt}; a discharge notice cannot precede it.")
        : at < state.LastWithdrawalAt ? DischargeProblems.OutOfSequence(
            "discharge-notice-before-withdrawal",
            "The discharge notice is dated before the withdrawal of the notice it replaces.",
            $"The earlier notice was withdrawn at {state.LastWithdrawalAt}; a fresh notice follows the withdrawal (2003 s.5 clause (8); 2014 reg 7).")
        : null;

    /// <summary>Notices of one regime do not carry over into the next: fresh Care Act notices are needed (A6; rules.md §3.6).</summary>
    private static ProblemDetails? SameRegime(Episode state, LocalDate dayGiven, DischargeRules rules)
    {
        var assessmentRegime = rules.Timeline.RegimeOn(rules.Timing.DayGiven(state.AssessmentNotice!.DeliveredAt));
        return assessmentRegime == rules.Timeline.RegimeOn(dayGiven) ? null : DischargeProblems.RuleBroken(
            "regime-changed",
            "The assessment notice in force was given under another regime.",
            "No transitional rule carries 2003-Act notices into the Care Act 2014 regime, and they have no effect after 31 Mar 2015 (docs/rules.md §7, A6): give a Care Act assessment notice first (no withdrawal is needed).");
    }

    private static ProblemDetails? ContentsProblem(GiveDischargeNotice command, Regime regime) =>
        AddContentErrors(new FieldErrors(), command, regime).ToStatutoryProblem(
            "discharge notice", regime == Regime.CareAct2014 ? "Sch 3 para 2 and the 2014 Regulations" : "the 2003 Regulations, reg 5");

    /// <summary>Notes each content missing from the notice; with no regime (none known yet), only what both require.</summary>
    private static FieldErrors AddContentErrors(FieldErrors errors, GiveDischargeNotice command, Regime? regime)
    {
        var is2014 = regime == Regime.CareAct2014;
        errors.Require("liaison.name", command.Liaison?.Name);
        if (command.DescribesItselfAsNotice != true)
        {
            errors.Add("describesItselfAsNotice", "The notice must state that it is a discharge notice (2003 reg 5(3); Sch 3 para 2).");
        }

        if (command.PatientAndCarerInformed != true)
        {
            errors.Add("patientAndCarerInformed", "The patient (and carer) must have been told the proposed date (2003 reg 5(3)).");
        }

        if (is2014 && string.IsNullOrWhiteSpace(command.NhsServicesAfterDischarge))
        {
            errors.Add("nhsServicesAfterDischarge", "The NHS services the patient will receive after discharge, or 'none', must be stated (Sch 3 para 2(3)).");
        }

        return errors;
    }

    /// <summary>At least one day before the proposed date (2003 reg 5(1)(a); 2014 reg 5); otherwise defective (A5).</summary>
    private static ProblemDetails? TooLate(LocalDate proposed, LocalDate dayGiven) =>
        dayGiven <= proposed.PlusDays(-1) ? null : DischargeProblems.RuleBroken(
            "discharge-notice-too-late",
            "The discharge notice was not given at least one day before the proposed discharge date.",
            $"It counts as given on {dayGiven:yyyy-MM-dd} (after the 14:00 cut-off a notice counts from the next day), so the earliest lawful proposed date is {dayGiven.PlusDays(1):yyyy-MM-dd} (2003 reg 5(1)(a); 2014 reg 5; docs/rules.md §7, A5).");
}
