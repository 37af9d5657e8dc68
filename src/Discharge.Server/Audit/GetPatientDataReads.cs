using Discharge.Server.Identity;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Audit;

public static class GetPatientDataReadsEndpoint
{
    /// <summary>
    /// Every auditor read of patient-identifying fields on the London days <c>from</c> to <c>to</c> (inclusive),
    /// oldest first. Auditors only (403 for any other role); 400 problem details for a bad window.
    /// </summary>
    [WolverineGet("/audit/patient-data-reads")]
    [EndpointSummary("Auditors' reads of patient data")]
    [Authorize(Policy = AccessPolicies.AuditLog)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static Task<Results<Ok<IReadOnlyList<PatientDataRead>>, ProblemHttpResult>> Get(
        string? from, string? to, IQuerySession session, CancellationToken cancellation) =>
        AuditLog.ListAsync<PatientDataRead>(from, to, r => r.ReadAt, session, cancellation);
}
