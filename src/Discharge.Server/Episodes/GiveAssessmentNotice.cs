using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Contents;
using Discharge.Domain.Rules;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>
/// A hospital gives a council an assessment notice (2003 Act s.2; Care Act 2014 Sch 3 para 1), opening the
/// episode or, after a withdrawal, renewing it. <c>deliveredAt</c> is when it reached the council's designated
/// channel (default: when the service received it); the 14:00 cut-off applies to it.
/// </summary>
public sealed record GiveAssessmentNotice(
    string? NhsBody,
    string? Council,
    Instant? DeliveredAt,
    PatientPart? Patient,
    string? Hospital,
    LocalDate? ExpectedAdmission,
    LocalDate? LikelyDischargeDate,
    bool? DescribesItselfAsNotice,
    bool? PatientConsulted,
    bool? CarerConsulted,
    string? ContinuingHealthCareOutcome,
    bool? PatientOrCarerObjected,
    LiaisonPart? Liaison,
    CareSetting? CareSetting,
    Residence? OrdinarilyResident);

public static class GiveAssessmentNoticeEndpoint
{
    public static ProblemDetails Validate(GiveAssessmentNotice? command, IClock clock, DischargeRules rules)
    {
        var errors = FieldErrors.For(command)
            .Require("nhsBody", command?.NhsBody)
            .Require("council", command?.Council)
            .NotInFuture("deliveredAt", command?.DeliveredAt, clock);

        // A refused body hears of every field at fault at once, the statutory contents too, not one round at a time.
        return command is not null && errors.Any
            ? AssessmentNoticeContentsRules.AddErrors(errors, command, rules.RegimeOfNotice(command.DeliveredAt ?? clock.GetCurrentInstant())).ToProblem()
            : errors.ToProblem();
    }

    [WolverinePost("/episodes/{episodeId}/assessment-notice")]
    [ProducesResponseType<NoticeReceipt>(StatusCodes.Status201Created)]
    public static Task<CommandAnswer<NoticeReceipt>> Post(
        Guid episodeId, GiveAssessmentNotice command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<NoticeReceipt>(http, episodeId, command, history => Decide(command, history, rules));

    public static Decision Decide(GiveAssessmentNotice command, EpisodeHistory history, DischargeRules rules)
    {
        var state = Episode.From(history.EpisodeId, history.Events);
        var at = command.DeliveredAt ?? history.Now;
        var dayGiven = rules.Timing.DayGiven(at);
        var problem = SequenceProblem(history.EpisodeId, state, command, dayGiven, rules)
            ?? EpisodeChecks.WithinScheme("assessment notice", dayGiven, rules.Timeline)
            ?? PartiesProblem(command, rules, dayGiven)
            ?? EpisodeChecks.SentByNamedNhsBody(command.NhsBody!, history.Origin)
            ?? QualifyingProblem(command, rules.Timeline.RegimeOn(dayGiven)!.Value)
            ?? AssessmentNoticeContentsRules.Check(command, rules.Timeline.RegimeOn(dayGiven)!.Value)
            ?? TooEarly(command, dayGiven);
        if (problem is not null)
        {
            return Decision.Refuse(problem);
        }

        var notice = new AssessmentNoticeGiven(at, command.NhsBody!, command.Council!, AssessmentNoticeContentsRules.Contents(command));
        return Decision.Append(NoticeReceipt.For(history.EpisodeId, at, dayGiven, rules), notice);
    }

    private static ProblemDetails? SequenceProblem(Guid episodeId, Episode state, GiveAssessmentNotice command, LocalDate dayGiven, DischargeRules rules) =>
        state.Exists && EpisodeChecks.Open(episodeId, state) is { } closed ? closed
        : state.AssessmentNotice is { } inForce && !Lapsed(inForce, dayGiven, rules) ? DischargeProblems.OutOfSequence(
            "assessment-notice-in-force",
            "An assessment notice is already in force for this episode.",
            "Withdraw it first (reg 4(4) / 2014 reg 4) if a new one is needed.")
        : state.Header is { } header && (header.NhsBody != command.NhsBody || header.Council != command.Council) ? DischargeProblems.OutOfSequence(
            "episode-parties-differ",
            "A renewed assessment notice must be between the same NHS body and council.",
            $"This episode is between {header.NhsBody} and {header.Council}. A change of responsible council is recorded as a responsibility transfer.")
        : null;

    /// <summary>
    /// A 2003-Act notice has no effect after 31 Mar 2015 (rules.md §3.6, A6): a Care Act assessment notice needs no
    /// withdrawal of it first.
    /// </summary>
    private static bool Lapsed(AssessmentNoticeGiven inForce, LocalDate dayGiven, DischargeRules rules) =>
        rules.Timeline.RegimeOn(dayGiven) > rules.Timeline.RegimeOn(rules.Timing.DayGiven(inForce.DeliveredAt));

    private static ProblemDetails? PartiesProblem(GiveAssessmentNotice command, DischargeRules rules, LocalDate dayGiven) =>
        Councils.Check(command.Council!, dayGiven, rules) ?? NhsBodies.Check(command.NhsBody!, dayGiven, rules);

    /// <summary>Care outside the scheme starts no clock: the notice is refused, not recorded (E16; rules.md §3.3, §3.5).</summary>
    private static ProblemDetails? QualifyingProblem(GiveAssessmentNotice command, Regime regime)
    {
        var setting = command.CareSetting ?? CareSetting.Acute;
        var residence = command.OrdinarilyResident ?? Residence.England;
        string? reason =
            setting == CareSetting.SelfFunded && regime == Regime.CareAct2014 ? "the patient has undertaken to pay for their care (Sch 3 para 7(7))"
            : setting is not (CareSetting.Acute or CareSetting.SelfFunded) ? $"{setting} care is not acute care (2003 reg 3; Sch 3 para 7(6)-(7))"
            : residence == Residence.Elsewhere ? "the patient is not ordinarily resident in England or Wales (2003 s.1(2))"
            : residence == Residence.Wales ? "the scheme's regulations apply to English councils and residents only (docs/rules.md §5)"
            : null;
        return reason is null ? null : DischargeProblems.RuleBroken(
            "not-a-qualifying-patient",
            "The patient is not a qualifying patient.",
            $"No notice is recorded: {reason}.");
    }

    /// <summary>Not more than seven days before the expected admission (2003 notes 13; Sch 3 para 1(3)(b)).</summary>
    private static ProblemDetails? TooEarly(GiveAssessmentNotice command, LocalDate dayGiven) =>
        command.ExpectedAdmission is { } admission && dayGiven < admission.PlusDays(-7)
            ? DischargeProblems.RuleBroken(
                "assessment-notice-too-early",
                "The assessment notice was given too long before the expected admission.",
                $"It counts as given on {dayGiven:yyyy-MM-dd}, more than 7 days before the expected admission on {admission:yyyy-MM-dd} (2003 notes 13; Sch 3 para 1(3)(b)).")
            : null;
}
