using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Reporting;

public static class GetDelaysEndpoints
{
    /// <summary>The days a council caused or shared in delays from <c>from</c> to <c>to</c> (cut at today), as <see cref="DelayCounts"/>.</summary>
    [WolverineGet("/councils/{code}/delays")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static Task<Results<Ok<DelayCounts>, ProblemHttpResult>> ForCouncil(
        string code, string? from, string? to, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        Count(new FieldErrors().Council("code", code), code, null, from, to, session, rules, clock, cancellation);

    /// <summary>The delayed days of an NHS body's patients from <c>from</c> to <c>to</c> (cut at today), as <see cref="DelayCounts"/>.</summary>
    [WolverineGet("/nhs-bodies/{code}/delays")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static Task<Results<Ok<DelayCounts>, ProblemHttpResult>> ForNhsBody(
        string code, string? from, string? to, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        Count(new FieldErrors().NhsBody("code", code), null, code, from, to, session, rules, clock, cancellation);

    private static async Task<Results<Ok<DelayCounts>, ProblemHttpResult>> Count(
        FieldErrors errors, string? council, string? nhsBody, string? from, string? to,
        IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        if (ReportInput.Window(errors, from, to) is not { } asked || errors.Any)
        {
            return errors.ToProblem().ToResult();
        }

        var today = rules.Today(clock);
        var window = asked.UpTo(today);
        var ledgers = await session.LedgersWithin(window, council, nhsBody, cancellation);
        return TypedResults.Ok(DelayCounts.Tally(council, nhsBody, asked, today, window, ledgers));
    }
}
