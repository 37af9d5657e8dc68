using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Episodes;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Notifications;

public static class GetCouncilNotificationsEndpoint
{
    /// <summary>The council's notifications, newest first; 422 problem details for a council not in the register.</summary>
    [WolverineGet("/councils/{code}/notifications")]
    [EndpointSummary("A council's liability-started notices")]
    [Authorize(Policy = AccessPolicies.OwnCouncilReport)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static async Task<Results<Ok<IReadOnlyList<CouncilNotification>>, ProblemHttpResult>> Get(
        string code, IQuerySession session, DischargeRules rules, CancellationToken cancellation)
    {
        if (RegisterChecks.KnownCouncil(code, day: null, rules)?.ToProblem() is { } unknown)
        {
            return unknown.ToResult();
        }

        return TypedResults.Ok(await session.Query<CouncilNotification>()
            .Where(n => n.Council == code)
            .OrderByDescending(n => n.RecordedAt)
            .ToListAsync(cancellation));
    }
}
