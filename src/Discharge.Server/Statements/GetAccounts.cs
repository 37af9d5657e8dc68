using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Discharge.Server.Reporting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Statements;

/// <summary>
/// One council × NHS body account as it stood at the end of <paramref name="AsOf"/>: what the statements issued by then
/// billed (charges) and corrected (adjustments), what was paid by then, and what was outstanding.
/// </summary>
public sealed record Account(string NhsBody, string Council, int Statements, decimal Issued, decimal Adjusted, decimal Paid, decimal Outstanding);

public sealed record AccountList(string Code, LocalDate AsOf, IReadOnlyList<Account> Accounts, decimal Outstanding);

public static class GetAccountsEndpoints
{
    /// <summary>A council's accounts with each NHS body that billed it, as of a day (today unless <c>asOf</c> names an earlier one).</summary>
    [WolverineGet("/councils/{code}/accounts")]
    [EndpointSummary("A council's balance with each NHS body")]
    [Authorize(Policy = AccessPolicies.OwnCouncilReport)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<Results<Ok<AccountList>, ProblemHttpResult>> OfCouncil(
        string code, string? asOf, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        await Tally(code, asOf, rules, clock, () => session.Query<Statement>().Where(s => s.Council == code).ToListAsync(cancellation));

    /// <summary>An NHS body's accounts with each council it billed, as of a day (today unless <c>asOf</c> names an earlier one).</summary>
    [WolverineGet("/nhs-bodies/{code}/accounts")]
    [EndpointSummary("An NHS body's balance with each council")]
    [Authorize(Policy = AccessPolicies.OwnNhsBodyReport)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<Results<Ok<AccountList>, ProblemHttpResult>> OfNhsBody(
        string code, string? asOf, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        await Tally(code, asOf, rules, clock, () => session.Query<Statement>().Where(s => s.NhsBody == code).ToListAsync(cancellation));

    private static async Task<Results<Ok<AccountList>, ProblemHttpResult>> Tally(
        string code, string? asOf, DischargeRules rules, IClock clock, Func<Task<IReadOnlyList<Statement>>> statements)
    {
        var errors = new FieldErrors();
        var today = rules.Today(clock);
        var day = ReportInput.Date(errors, "asOf", asOf, required: false) ?? today;
        if (day > today)
        {
            errors.Add("asOf", "Cannot be after today: an account is known only as it stands.");
        }

        if (errors.Any)
        {
            return errors.ToProblem().ToResult();
        }

        var accounts = (await statements())
            .Where(s => s.Issued.IssuedAt.InZone(rules.Zone).Date <= day)
            .GroupBy(s => (s.NhsBody, s.Council))
            .OrderBy(g => g.Key.NhsBody, StringComparer.Ordinal).ThenBy(g => g.Key.Council, StringComparer.Ordinal)
            .Select(g =>
            {
                var issued = g.Sum(s => s.Issued.Lines.Sum(l => l.Amount));
                var adjusted = g.Sum(s => s.Issued.Adjustments.Sum(a => a.Amount));
                var paid = g.Sum(s => s.Payments.Where(p => p.PaidOn <= day).Sum(p => p.Amount));
                return new Account(g.Key.NhsBody, g.Key.Council, g.Count(), issued, adjusted, paid, issued + adjusted - paid);
            })
            .ToList();
        return TypedResults.Ok(new AccountList(code, day, accounts, accounts.Sum(a => a.Outstanding)));
    }
}
