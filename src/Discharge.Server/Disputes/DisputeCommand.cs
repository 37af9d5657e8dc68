using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using Discharge.Server.Commands;

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
        executor.ExecuteAsync<DisputeView>(http, command, async (session, context) =>
        {
            var dispute = await session.DisputeAsync(disputeId, http.RequestAborted);
            IReadOnlyList<object> recorded = [];
            var decision = MoneyDecision.Of(
                decide(disputeId, dispute, context),
                new Dictionary<Guid, long> { [disputeId] = dispute?.Version ?? 0 },
                $"/disputes/{disputeId}",
                created: false,
                events =>
                {
                    recorded = events;
                    foreach (var e in events)
                    {
                        dispute!.Evolve(e);
                    }

                    return DisputeView.Of(dispute!);
                });
            return decision is MoneyRecorded accepted && deadline?.Invoke(recorded) is { } check
                ? accepted.Schedule(check, check.DueAt(context.Rules.Zone))
                : decision;
        });
}
