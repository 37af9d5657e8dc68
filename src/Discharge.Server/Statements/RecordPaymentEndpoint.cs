using Discharge.Domain.Statements;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Statements;

/// <summary>The acknowledgement of a payment: what is still outstanding on the statement.</summary>
public sealed record RecordedPayment(Guid StatementId, decimal Amount, NodaTime.LocalDate PaidOn, decimal Paid, decimal Outstanding);

public static class RecordPaymentEndpoint
{
    public static ProblemDetails Validate(RecordPayment? command)
    {
        var errors = FieldErrors.For(command).Require("amount", command?.Amount);
        if (command?.Amount is { } amount && (amount <= 0m || decimal.Round(amount, 2) != amount))
        {
            errors.Add("amount", "Expected pounds above zero, to the penny at most.");
        }

        return errors.ToProblem();
    }

    /// <summary>The council records a payment against the statement (paidOn: today unless given). A disputed charge stays payable.</summary>
    [WolverinePost("/statements/{statementId}/payments")]
    [EndpointSummary("Record a payment of a statement")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedPayment>> Post(Guid statementId, RecordPayment command, HttpContext http, MoneyCommandExecutor executor) =>
        StreamCommand.RunAsync<Statement, RecordedPayment>(
            statementId, command, http, executor, $"/statements/{statementId}",
            (statement, context) => command.Decide(statementId, statement, context),
            statement => new RecordedPayment(statementId, statement.Payments[^1].Amount, statement.Payments[^1].PaidOn, statement.Paid, statement.Outstanding));
}
