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
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedPayment>> Post(Guid statementId, RecordPayment command, HttpContext http, MoneyCommandExecutor executor) =>
        executor.ExecuteAsync<RecordedPayment>(http, command, async (session, context) =>
        {
            var statement = Statement.From((await session.Events.FetchStreamAsync(statementId, token: http.RequestAborted)).Select(e => e.Data));
            return MoneyDecision.Of(
                command.Decide(statementId, statement, context),
                new Dictionary<Guid, long> { [statementId] = statement?.Version ?? 0 },
                $"/statements/{statementId}",
                created: false,
                events =>
                {
                    var payment = events.OfType<PaymentRecorded>().Single();
                    statement!.Evolve(payment);
                    return new RecordedPayment(statementId, payment.Amount, payment.PaidOn, statement.Paid, statement.Outstanding);
                });
        });
}
