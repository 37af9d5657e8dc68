using Discharge.Domain.Disputes;
using Discharge.Domain.Recovery;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Recovery;

public static class AnswerRecoveryClaimEndpoint
{
    public static ProblemDetails Validate(AnswerRecoveryClaim? command)
    {
        var errors = FieldErrors.For(command).Require("outcome", command?.Outcome);
        return (command?.Outcome is DisputeOutcome.Reject or DisputeOutcome.AcceptPart ? errors.Require("reason", command.Reason) : errors).ToProblem();
    }

    /// <summary>The council that took over accepts the claim, accepts part (the <c>days</c> it repays) or rejects it, with its reasons.</summary>
    [WolverinePost("/recovery-claims/{claimId}/answer")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecoveryClaimView>> Post(Guid claimId, AnswerRecoveryClaim command, HttpContext http, MoneyCommandExecutor executor) =>
        executor.ExecuteAsync<RecoveryClaimView>(http, command, async (session, context) =>
        {
            var claim = RecoveryClaim.From((await session.Events.FetchStreamAsync(claimId, token: http.RequestAborted)).Select(e => e.Data));
            return MoneyDecision.Of(
                command.Decide(claimId, claim, context),
                new Dictionary<Guid, long> { [claimId] = claim?.Version ?? 0 },
                $"/recovery-claims/{claimId}",
                created: false,
                events =>
                {
                    claim!.Evolve(events.Single());
                    return RecoveryClaimView.Of(claim);
                });
        });
}
