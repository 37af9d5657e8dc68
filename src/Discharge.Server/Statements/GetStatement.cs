using System.Security.Claims;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using Discharge.Server.Audit;
using Discharge.Server.Hosting;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Statements;

public static class GetStatementEndpoint
{
    /// <summary>
    /// The statement with its payments, disputes and pending adjustments (recomputed from the events now), as JSON, or as
    /// CSV (RFC 4180) with <c>Accept: text/csv</c> or <c>?format=csv</c>. Read by its NHS body, its council and auditors
    /// (whose read of the patients it names is logged); anyone else is told there is none (404).
    /// </summary>
    [WolverineGet("/statements/{statementId}")]
    [EndpointSummary("Read a statement (JSON or CSV)")]
    [Authorize(Policy = AccessPolicies.MoneyParties)]
    [ProducesResponseType<StatementAnswer>(StatusCodes.Status200OK, "application/json", "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<Results<Ok<StatementAnswer>, ContentHttpResult, ProblemHttpResult>> Get(
        Guid statementId, string? format, HttpContext http, ClaimsPrincipal user, IQuerySession session, IDocumentStore store, DischargeRules rules, IClock clock,
        CancellationToken cancellation)
    {
        var statement = await session.LoadAsync<Statement>(statementId, cancellation);
        if (statement is null || !new Caller(user).MayRead(statement.NhsBody, [statement.Council]))
        {
            return MoneyChecks.StatementNotFound(statementId).ToProblem().ToResult();
        }

        var answer = StatementAnswer.From(statement, await PendingAsync(statement, session, rules, clock, cancellation));
        // Each line names its patient: an auditor's read is logged as a read of each episode's patient data.
        await PatientDataRead.RecordIfAuditorAsync(user, answer.EpisodeIds, store, rules, clock, cancellation);
        return CsvFormat.Asked(http, format) ? TypedResults.Text(StatementCsv.Write(answer), StatementCsv.MediaType) : TypedResults.Ok(answer);
    }

    /// <summary>What the statement's days come to now against what was billed and corrected: carried by the next statement.</summary>
    public static async Task<IReadOnlyList<AdjustmentLine>> PendingAsync(
        Statement statement, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        var account = await StatementSources.AccountAsync(session, statement.NhsBody, statement.Council, cancellation);
        var episodes = await StatementSources.EpisodesAsync(
            session, statement.NhsBody, statement.Council, [statement.Month], [statement], rules, rules.Today(clock), cancellation);
        return PendingAdjustments.Of(statement, account.Statements, account.Concessions, episodes);
    }
}
