using Discharge.Domain.Disputes;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

public static class AnswerRecommendationEndpoint
{
    public static ProblemDetails Validate(AnswerRecommendation? command) => FieldErrors.For(command).Require("accept", command?.Accept).ToProblem();

    /// <summary>Each side accepts the panel's recommendation or not; once both accept, its days are credited on the NHS body's next statement.</summary>
    [WolverinePost("/disputes/{disputeId}/recommendation-answer")]
    [EndpointSummary("Accept or reject the panel's recommendation")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<DisputeView>> Post(Guid disputeId, AnswerRecommendation command, HttpContext http, MoneyCommandExecutor executor) =>
        DisputeCommand.Run(disputeId, command, http, executor, command.Decide);
}
