using Discharge.Domain.Statements;
using Discharge.Server.Identity;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Statements;

/// <summary>A statement in a list: what it billed, what it carries, what was paid and what is outstanding.</summary>
public sealed record StatementSummary(
    Guid Id, string NhsBody, string Council, BillingMonth Month, Instant IssuedAt, int Lines, decimal Charges, decimal AdjustmentTotal,
    decimal Total, decimal Paid, decimal Outstanding, int Disputes)
{
    public static StatementSummary Of(Statement s) => new(
        s.Id, s.NhsBody, s.Council, s.Month, s.Issued.IssuedAt, s.Issued.Lines.Count, s.Issued.Lines.Sum(l => l.Amount),
        s.Issued.Adjustments.Sum(a => a.Amount), s.Issued.Total, s.Paid, s.Outstanding, s.Disputes.Count);
}

public sealed record StatementList(string Code, IReadOnlyList<StatementSummary> Statements);

public static class ListStatementsEndpoints
{
    /// <summary>The statements a council has been sent, newest month first.</summary>
    [WolverineGet("/councils/{code}/statements")]
    [EndpointSummary("The statements a council has received")]
    [Authorize(Policy = AccessPolicies.OwnCouncilReport)]
    public static async Task<StatementList> OfCouncil(string code, IQuerySession session, CancellationToken cancellation) =>
        List(code, await session.Query<Statement>().Where(s => s.Council == code).ToListAsync(cancellation));

    /// <summary>The statements an NHS body has issued, newest month first.</summary>
    [WolverineGet("/nhs-bodies/{code}/statements")]
    [EndpointSummary("The statements an NHS body has issued")]
    [Authorize(Policy = AccessPolicies.OwnNhsBodyReport)]
    public static async Task<StatementList> OfNhsBody(string code, IQuerySession session, CancellationToken cancellation) =>
        List(code, await session.Query<Statement>().Where(s => s.NhsBody == code).ToListAsync(cancellation));

    private static StatementList List(string code, IEnumerable<Statement> statements) =>
        new(code, [.. statements.OrderByDescending(s => s.Month).ThenBy(s => s.NhsBody).ThenBy(s => s.Council).Select(StatementSummary.Of)]);
}
