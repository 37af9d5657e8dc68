using System.Security.Claims;
using Discharge.Domain.Disputes;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

public static class GetDisputeEndpoint
{
    /// <summary>The dispute with its state, deadlines and the days given up; read by its two sides and auditors (404 to anyone else).</summary>
    [WolverineGet("/disputes/{disputeId}")]
    [Authorize(Policy = AccessPolicies.MoneyParties)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<Results<Ok<DisputeView>, ProblemHttpResult>> Get(Guid disputeId, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellation)
    {
        var dispute = await session.LoadAsync<Dispute>(disputeId, cancellation);
        return dispute is not null && new Caller(user).MayRead(dispute.NhsBody, [dispute.Council])
            ? TypedResults.Ok(DisputeView.Of(dispute))
            : DisputeChecks.NotFound(disputeId).ToProblem().ToResult();
    }
}
