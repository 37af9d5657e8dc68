using Discharge.Domain.Disputes;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

public static class AnswerDisputeEndpoint
{
    public static ProblemDetails Validate(AnswerDispute? command) => DisputeCommand.ValidateAnswer(command, command?.Outcome, command?.Reason);

    /// <summary>The NHS body accepts the dispute, accepts part (the <c>days</c> it gives up) or rejects it, with its reasons.</summary>
    [WolverinePost("/disputes/{disputeId}/answer")]
    [EndpointSummary("Answer a dispute (NHS body)")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<DisputeView>> Post(Guid disputeId, AnswerDispute command, HttpContext http, MoneyCommandExecutor executor) =>
        DisputeCommand.Run(disputeId, command, http, executor, command.Decide);
}
