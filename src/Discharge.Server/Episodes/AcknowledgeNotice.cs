using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement a council gets: which notice it answered, how, and when.</summary>
public sealed record RecordedAcknowledgement(Guid EpisodeId, NoticeKind Notice, NoticeResponse Response, Instant At);

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
    [EndpointSummary("Acknowledge a notice (council)")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedAcknowledgement>> Post(Guid episodeId, AcknowledgeNotice command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedAcknowledgement>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => new RecordedAcknowledgement(episodeId, command.Notice!.Value, command.Response!.Value, command.At ?? history.Now)));
}
