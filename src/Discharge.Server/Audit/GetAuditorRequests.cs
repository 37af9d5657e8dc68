using Discharge.Server.Identity;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Audit;

public static class GetAuditorRequestsEndpoint
{
    /// <summary>
    /// Every request an auditor made on the London days <c>from</c> to <c>to</c> (inclusive), oldest first: who looked at
    /// what, and when. Auditors only (403 for any other role); 400 problem details for a bad window.
    /// </summary>
    [WolverineGet("/audit/auditor-requests")]
    [EndpointSummary("Every request made with an auditor's token")]
    [Authorize(Policy = AccessPolicies.AuditLog)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static Task<Results<Ok<IReadOnlyList<AuditorRequest>>, ProblemHttpResult>> Get(
        string? from, string? to, IQuerySession session, CancellationToken cancellation) =>
        AuditLog.ListAsync<AuditorRequest>(from, to, r => r.At, session, cancellation);
}
