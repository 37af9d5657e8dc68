using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement a council gets: which notice it answered, how, and when.</summary>
public sealed record RecordedAcknowledgement(Guid EpisodeId, NoticeKind Notice, NoticeResponse Response, Instant At);

/// <summary>
/// The council acknowledges a notice, accepting or rejecting it (the notice-receipt data set, SCCI2075). A
/// rejection is a dispute flag: it never cancels the notice or moves the day it counts as given (§1.5).
/// </summary>
public sealed record AcknowledgeNotice(NoticeKind? Notice, NoticeResponse? Response, string? Reason, Instant? At);

public static class AcknowledgeNoticeEndpoint
{
    public static ProblemDetails Validate(AcknowledgeNotice? command, IClock clock)
    {
        var errors = FieldErrors.For(command).Require("notice", command?.Notice).Require("response", command?.Response).NotInFuture("at", command?.At, clock);
        return command?.Response == NoticeResponse.Reject && string.IsNullOrWhiteSpace(command.Reason)
            ? errors.Add("reason", "A rejection needs a reason for the NHS body to review.").ToProblem()
            : errors.ToProblem();
    }

    [WolverinePost("/episodes/{episodeId}/acknowledgements")]
    public static Task<CommandAnswer<RecordedAcknowledgement>> Post(Guid episodeId, AcknowledgeNotice command, HttpContext http, EpisodeCommandExecutor executor) =>
        executor.ExecuteAsync<RecordedAcknowledgement>(http, episodeId, command, history =>
        {
            var state = Episode.From(history.EpisodeId, history.Events);
            var at = command.At ?? history.Now;
            var problem = (state.Exists ? null : EpisodeChecks.NotFound(episodeId))
                ?? EpisodeChecks.SentBy(Party.Council, state, history.Origin)
                ?? NoticeGiven(command.Notice!.Value, state, at);
            return problem is not null
                ? Decision.Refuse(problem)
                : Decision.Append(
                    new RecordedAcknowledgement(episodeId, command.Notice!.Value, command.Response!.Value, at),
                    new NoticeAcknowledged(at, command.Notice!.Value, command.Response!.Value, command.Reason));
        });

    /// <summary>Only a notice in force can be acknowledged, and not before it was delivered.</summary>
    private static ProblemDetails? NoticeGiven(NoticeKind notice, Episode state, Instant at)
    {
        Instant? delivered = notice == NoticeKind.Discharge ? state.DischargeNotice?.DeliveredAt : state.AssessmentNotice?.DeliveredAt;
        var name = notice == NoticeKind.Discharge ? "discharge notice" : "assessment notice";
        return delivered is not { } given ? DischargeProblems.OutOfSequence(
                "notice-not-in-force", $"There is no {name} in force to acknowledge.", "Acknowledge a notice once it has been given.")
            : at < given ? DischargeProblems.RuleBroken(
                "acknowledged-before-given", $"The {name} cannot be acknowledged before it was delivered.", $"It was delivered at {given}.")
            : null;
    }
}
