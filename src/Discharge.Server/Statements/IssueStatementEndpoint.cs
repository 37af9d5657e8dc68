using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Statements;

/// <summary>The body of a request to issue a statement: the council billed and the month, <c>YYYY-MM</c>.</summary>
public sealed record IssueStatementRequest(string? Council, BillingMonth? Month);

public static class IssueStatementEndpoint
{
    public static ProblemDetails Validate(IssueStatementRequest? request) =>
        FieldErrors.For(request).Require("council", request?.Council).Require("month", request?.Month).ToProblem();

    /// <summary>
    /// The NHS body <c>code</c> bills a council for a month that has ended: 201 with the statement. Its lines are the
    /// month's chargeable days by episode, as the rules engine decides them now; corrections of its earlier statements to
    /// the council ride on it as adjustments. A month is issued once (409 statement-already-issued, also to a racing request).
    /// </summary>
    [WolverinePost("/nhs-bodies/{code}/statements")]
    [EndpointSummary("Issue a month's statement to a council")]
    [Authorize(Policy = AccessPolicies.Command)]
    [ProducesResponseType<StatementAnswer>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public static async Task<CommandAnswer<StatementAnswer>> Post(
        string code, IssueStatementRequest request, HttpContext http, MoneyCommandExecutor executor, IDocumentStore store, DischargeRules rules)
    {
        if (!await LedgerCatchUp.WaitAsync(store, http.RequestAborted))
        {
            http.Response.Headers.RetryAfter = "5";
            return new(StatementProblems.ReportsCatchingUp().ToResult());
        }

        var command = new IssueStatement(request.Council!.ToUpperInvariant(), request.Month!.Value);
        return await executor.ExecuteAsync<StatementAnswer>(http, request, async (session, context) =>
        {
            var account = await StatementSources.AccountAsync(session, code, command.Council, http.RequestAborted);
            var months = account.Statements.Select(s => s.Month).Append(command.Month).ToList();
            var episodes = await StatementSources.EpisodesAsync(session, code, command.Council, months, account.Statements, rules, context.Today, http.RequestAborted);
            var outcome = command.Decide(code, account, episodes, context);
            var id = StatementId.For(code, command.Council, command.Month);
            return MoneyDecision.Of(outcome, new Dictionary<Guid, long>(), $"/statements/{id}", created: true,
                events => StatementAnswer.From(Statement.Of(events.OfType<StatementIssued>().Single()), []));
        });
    }
}
