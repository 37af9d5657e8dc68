using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Disputes;

/// <summary>
/// How a command on a raised dispute runs: decided on the dispute's history, answered with the dispute as it then
/// stands, and, when it sets a panel's deadline, with the check of that deadline scheduled for the end of its day.
/// </summary>
internal static class DisputeCommand
{
    public static Task<CommandAnswer<DisputeView>> Run(
        Guid disputeId, object command, HttpContext http, MoneyCommandExecutor executor,
        Func<Guid, Dispute?, DecisionContext, MoneyOutcome> decide, Func<IReadOnlyList<object>, PanelDeadline>? deadline = null) =>
        StreamCommand.RunAsync<Dispute, DisputeView>(
            disputeId, command, http, executor, $"/disputes/{disputeId}",
            (dispute, context) => decide(disputeId, dispute, context),
            DisputeView.Of,
            deadline is null ? null : (recorded, context) => deadline(recorded) is var check ? new ScheduledMessage(check, check.DueAt(context.Rules.Zone)) : null);

    /// <summary>An answer to a dispute or a recovery claim gives its reasons unless it accepts.</summary>
    public static ProblemDetails ValidateAnswer(object? command, DisputeOutcome? outcome, string? reason)
    {
        var errors = FieldErrors.For(command).Require("outcome", outcome);
        return (outcome is DisputeOutcome.Reject or DisputeOutcome.AcceptPart ? errors.Require("reason", reason) : errors).ToProblem();
    }
}
