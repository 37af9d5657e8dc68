using System.Security.Claims;
using Discharge.Domain.Disputes;
using Discharge.Domain.Rules;
using Discharge.Server.Audit;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

public static class GetDisputeEndpoint
{
    /// <summary>
    /// The dispute with its state, deadlines and the days given up; read by its two sides and auditors (whose read of the
    /// patient it names is logged); 404 to anyone else.
    /// </summary>
    [WolverineGet("/disputes/{disputeId}")]
    [EndpointSummary("Read a dispute")]
    [Authorize(Policy = AccessPolicies.MoneyParties)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<Results<Ok<DisputeView>, ProblemHttpResult>> Get(
        Guid disputeId, ClaimsPrincipal user, IQuerySession session, IDocumentStore store, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        var dispute = await session.LoadAsync<Dispute>(disputeId, cancellation);
        if (dispute is null || !new Caller(user).MayRead(dispute.NhsBody, [dispute.Council]))
        {
            return DisputeChecks.NotFound(disputeId).ToProblem().ToResult();
        }

        await PatientDataRead.RecordIfAuditorAsync(user, dispute.Raised.EpisodeId, store, rules, clock, cancellation);
        return TypedResults.Ok(DisputeView.Of(dispute));
    }
}
