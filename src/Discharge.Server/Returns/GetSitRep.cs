using System.Security.Claims;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using Discharge.Server.Hosting;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Discharge.Server.Reporting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Returns;

public static class GetSitRepEndpoint
{
    /// <summary>
    /// The monthly return of a month that has ended, read from the kept rows of the episodes' delay ledgers: an auditor's holds every row, a
    /// council's its own and a hospital's its NHS body's (<see cref="CensusScope"/>). JSON, or CSV (RFC 4180) with
    /// <c>Accept: text/csv</c> or <c>?format=csv</c>. 400 problem details for a missing or malformed month, 422 for a month
    /// not yet ended.
    /// </summary>
    [WolverineGet("/returns/sitrep")]
    [EndpointSummary("The monthly delayed-transfers-of-care return")]
    [Authorize(Policy = AccessPolicies.Census)]
    [ProducesResponseType<SitRep>(StatusCodes.Status200OK, "application/json", CsvFormat.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static async Task<Results<Ok<SitRep>, ContentHttpResult, ProblemHttpResult>> Get(
        string? month, string? format, HttpContext http, ClaimsPrincipal user, IQuerySession session, DischargeRules rules, IClock clock,
        CancellationToken cancellation)
    {
        var caller = new Caller(user);
        if (CensusScope.Of(caller, council: null) is not { } scope)
        {
            return IdentityProblems.NotYourReport(caller, CensusScope.Rule).ToResult();
        }

        if (BillingMonth.Parse(month) is not { } asked)
        {
            return new FieldErrors().Add(nameof(month), $"Expected a month YYYY-MM from 1900-01 to 2199-12; got '{month}'.").ToProblem().ToResult();
        }

        if (asked.LastDay >= rules.Today(clock))
        {
            return Refusal.RuleBroken(
                "month-not-ended",
                "The month has not ended.",
                $"A monthly return covers a whole month: {asked} can be returned from {asked.LastDay.PlusDays(1):yyyy-MM-dd}.",
                "docs/reports.md#the-monthly-return").ToProblem().ToResult();
        }

        var days = await ReturnedDaysQuery.OfMonthAsync(session, asked, scope.Council, scope.NhsBody, cancellation);
        var sitRep = SitRep.Tally(asked, scope.Council, scope.NhsBody, days);
        return CsvFormat.Asked(http, format) ? TypedResults.Text(SitRepCsv.Write(sitRep), CsvFormat.MediaType) : TypedResults.Ok(sitRep);
    }
}
