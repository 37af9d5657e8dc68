using Discharge.Domain.Recovery;
using Discharge.Server.Commands;
using Discharge.Server.Disputes;
using Discharge.Server.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Recovery;

public static class AnswerRecoveryClaimEndpoint
{
    public static ProblemDetails Validate(AnswerRecoveryClaim? command) => DisputeCommand.ValidateAnswer(command, command?.Outcome, command?.Reason);

    /// <summary>The council that took over accepts the claim, accepts part (the <c>days</c> it repays) or rejects it, with its reasons.</summary>
    [WolverinePost("/recovery-claims/{claimId}/answer")]
    [EndpointSummary("Answer a recovery claim")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecoveryClaimView>> Post(Guid claimId, AnswerRecoveryClaim command, HttpContext http, MoneyCommandExecutor executor) =>
        StreamCommand.RunAsync<RecoveryClaim, RecoveryClaimView>(
            claimId, command, http, executor, $"/recovery-claims/{claimId}", (claim, context) => command.Decide(claimId, claim, context), RecoveryClaimView.Of);
}
