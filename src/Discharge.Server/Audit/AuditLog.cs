using Discharge.Server.Problems;
using Discharge.Server.Reporting;
using Marten;
using Marten.Linq.MatchesSql;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Discharge.Server.Audit;

/// <summary>Reads the auditors' logs, each of whose records carries the London day it was made on.</summary>
internal static class AuditLog
{
    /// <summary>The records made on the London days <c>from</c> to <c>to</c> (inclusive), oldest first; 400 problem details for a bad window.</summary>
    public static async Task<Results<Ok<IReadOnlyList<T>>, ProblemHttpResult>> ListAsync<T>(
        string? from, string? to, Func<T, Instant> madeAt, IQuerySession session, CancellationToken cancellation)
        where T : notnull
    {
        var errors = new FieldErrors();
        if (ReportInput.Window(errors, from, to) is not { } window)
        {
            return errors.ToProblem().ToResult();
        }

        // Marten's LINQ cannot compare NodaTime dates; ISO dates of the years accepted sort as text in date order.
        var records = await session.Query<T>()
            .Where(r => r.MatchesSql("data ->> 'day' between ? and ?", window.Iso.From, window.Iso.To))
            .ToListAsync(cancellation);
        return TypedResults.Ok<IReadOnlyList<T>>(records.OrderBy(madeAt).ToList());
    }
}
