using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Episodes;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Reporting;

/// <summary>
/// Delay counts of a council or an NHS body; with <c>knownAt</c>, as the service knew them then (see
/// <see cref="KnownLedgers"/>). 400 problem details for a bad window or instant, 422 for a code not in its register.
/// </summary>
public static class GetDelaysEndpoints
{
    /// <summary>The days a council caused or shared in delays from <c>from</c> to <c>to</c> (cut at today), as <see cref="DelayCounts"/>.</summary>
    [WolverineGet("/councils/{code}/delays")]
    [EndpointSummary("A council's delayed days, by month, status, reason and day")]
    [Authorize(Policy = AccessPolicies.OwnCouncilReport)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static Task<Results<Ok<DelayCounts>, ProblemHttpResult>> ForCouncil(
        string code, string? from, string? to, string? knownAt, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        Count(RegisterChecks.KnownCouncil(code, day: null, rules)?.ToProblem(), code, null, from, to, knownAt, session, rules, clock, cancellation);

    /// <summary>The delayed days of an NHS body's patients from <c>from</c> to <c>to</c> (cut at today), as <see cref="DelayCounts"/>.</summary>
    [WolverineGet("/nhs-bodies/{code}/delays")]
    [EndpointSummary("An NHS body's delayed days, by month, status, reason and day")]
    [Authorize(Policy = AccessPolicies.OwnNhsBodyReport)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static Task<Results<Ok<DelayCounts>, ProblemHttpResult>> ForNhsBody(
        string code, string? from, string? to, string? knownAt, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        Count(RegisterChecks.KnownNhsBody(code, day: null, rules)?.ToProblem(), null, code, from, to, knownAt, session, rules, clock, cancellation);

    private static async Task<Results<Ok<DelayCounts>, ProblemHttpResult>> Count(
        ProblemDetails? unknownParty, string? council, string? nhsBody, string? from, string? to, string? knownAt,
        IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var known = ReportInput.PastInstant(errors, nameof(knownAt), knownAt, clock);
        if (ReportInput.Window(errors, from, to) is not { } asked || errors.Any)
        {
            return errors.ToProblem().ToResult();
        }

        if (unknownParty is not null)
        {
            return unknownParty.ToResult();
        }

        var today = rules.Today(clock);
        var window = asked.UpTo(today);
        var ledgers = await session.Ledgers(window, council, nhsBody, known, rules, cancellation);
        return TypedResults.Ok(DelayCounts.Tally(council, nhsBody, asked, today, window, ledgers));
    }
}
