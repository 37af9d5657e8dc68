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

public static class GiveAssessmentNoticeEndpoint
{
    public static ProblemDetails Validate(GiveAssessmentNotice? command, IClock clock, DischargeRules rules)
    {
        var errors = FieldErrors.For(command)
            .Require("nhsBody", command?.NhsBody)
            .Require("council", command?.Council)
            .NotInFuture("deliveredAt", command?.DeliveredAt, clock);

        // A refused body hears of every field at fault at once, the statutory contents too, not one round at a time.
        if (command is not null && errors.Any)
        {
            command.AddMissingContents(errors.Faults, rules.RegimeOfNotice(command.DeliveredAt ?? clock.GetCurrentInstant()));
        }

        return errors.ToProblem();
    }

    [WolverinePost("/episodes/{episodeId}/assessment-notice")]
    [EndpointSummary("Give an assessment notice (opens the episode)")]
    [Authorize(Policy = AccessPolicies.Command)]
    [ProducesResponseType<NoticeReceipt>(StatusCodes.Status201Created)]
    public static Task<CommandAnswer<NoticeReceipt>> Post(
        Guid episodeId, GiveAssessmentNotice command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<NoticeReceipt>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => NoticeReceipt.For(episodeId, command.DeliveredAt ?? history.Now, rules)));
}
