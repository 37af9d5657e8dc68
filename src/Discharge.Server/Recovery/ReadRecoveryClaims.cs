using System.Security.Claims;
using Discharge.Domain.Recovery;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Recovery;

/// <summary>A council's recovery claims: those it made, and those made against it.</summary>
public sealed record RecoveryClaimList(string Council, IReadOnlyList<RecoveryClaimView> Made, IReadOnlyList<RecoveryClaimView> Received);

public static class ReadRecoveryClaimsEndpoints
{
    /// <summary>The claim; read by its two councils and auditors (404 to anyone else).</summary>
    [WolverineGet("/recovery-claims/{claimId}")]
    [EndpointSummary("Read a recovery claim")]
    [Authorize(Policy = AccessPolicies.MoneyParties)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<Results<Ok<RecoveryClaimView>, ProblemHttpResult>> Get(Guid claimId, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellation)
    {
        var claim = await session.LoadAsync<RecoveryClaim>(claimId, cancellation);
        var caller = new Caller(user);
        return claim is not null && (caller.IsAuditor || (caller.Role == DischargeRoles.Council && (caller.Organisation == claim.Claimant || caller.Organisation == claim.Respondent)))
            ? TypedResults.Ok(RecoveryClaimView.Of(claim))
            : AnswerRecoveryClaim.NotFound(claimId).ToProblem().ToResult();
    }

    /// <summary>The claims a council made and those made against it, newest first.</summary>
    [WolverineGet("/councils/{code}/recovery-claims")]
    [EndpointSummary("A council's recovery claims")]
    [Authorize(Policy = AccessPolicies.OwnCouncilReport)]
    public static async Task<RecoveryClaimList> OfCouncil(string code, IQuerySession session, CancellationToken cancellation)
    {
        var claims = await session.Query<RecoveryClaim>().Where(c => c.Claimant == code || c.Respondent == code).ToListAsync(cancellation);
        var newestFirst = claims.OrderByDescending(c => c.Claimed.ClaimedAt).ThenBy(c => c.Id).ToList();
        return new RecoveryClaimList(
            code,
            [.. newestFirst.Where(c => c.Claimant == code).Select(RecoveryClaimView.Of)],
            [.. newestFirst.Where(c => c.Respondent == code).Select(RecoveryClaimView.Of)]);
    }
}
