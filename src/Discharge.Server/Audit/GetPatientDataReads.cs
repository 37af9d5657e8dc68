using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Discharge.Server.Reporting;
using Marten;
using Marten.Linq.MatchesSql;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime.Text;
using Wolverine.Http;

namespace Discharge.Server.Audit;

public static class GetPatientDataReadsEndpoint
{
    /// <summary>
    /// Every auditor read of patient-identifying fields on the London days <c>from</c> to <c>to</c> (inclusive),
    /// oldest first. Auditors only (403 for any other role); 400 problem details for a bad window.
    /// </summary>
    [WolverineGet("/audit/patient-data-reads")]
    [Authorize(Policy = AccessPolicies.AuditLog)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<Results<Ok<IReadOnlyList<PatientDataRead>>, ProblemHttpResult>> Get(
        string? from, string? to, IQuerySession session, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        if (ReportInput.Window(errors, from, to) is not { } window)
        {
            return errors.ToProblem().ToResult();
        }

        // Marten's LINQ cannot compare NodaTime dates; ISO dates of the years accepted sort as text in date order.
        var reads = await session.Query<PatientDataRead>()
            .Where(r => r.MatchesSql("data ->> 'day' between ? and ?", LocalDatePattern.Iso.Format(window.From), LocalDatePattern.Iso.Format(window.To)))
            .ToListAsync(cancellation);
        return TypedResults.Ok<IReadOnlyList<PatientDataRead>>(reads.OrderBy(r => r.ReadAt).ToList());
    }
}
