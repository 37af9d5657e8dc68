using Discharge.Server.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Discharge.Server.Audit.Verification;

public static class VerifyReadModelsEndpoint
{
    /// <summary>
    /// Auditors only: rebuilds every read model from the events into the schema <c>discharge_verify</c> and answers with
    /// every live document that differs from what the events make (none on a clean store). Changes no live data.
    /// </summary>
    [WolverinePost("/audit/verify")]
    [EndpointSummary("Rebuild the read models and compare them with the live ones")]
    [Authorize(Policy = AccessPolicies.AuditLog)]
    public static Task<ReadModelVerification> Post(ReadModelVerifier verifier, CancellationToken cancellation) => verifier.RunAsync(cancellation);
}
