using Discharge.Domain.Disputes;
using Discharge.Domain.Statements;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

public static class RaiseDisputeEndpoint
{
    public static ProblemDetails Validate(RaiseDispute? command) =>
        FieldErrors.For(command).Require("episodeId", command?.EpisodeId).Require("grounds", command?.Grounds).Require("detail", command?.Detail).ToProblem();

    /// <summary>
    /// The council disputes days of one episode on the statement (all of them unless <c>days</c> names some): 201 with the
    /// dispute. The charge stays payable meanwhile (rules.md §5.1).
    /// </summary>
    [WolverinePost("/statements/{statementId}/disputes")]
    [EndpointSummary("Dispute days of a statement (council)")]
    [Authorize(Policy = AccessPolicies.Command)]
    [ProducesResponseType<DisputeView>(StatusCodes.Status201Created)]
    public static Task<CommandAnswer<DisputeView>> Post(Guid statementId, RaiseDispute command, HttpContext http, MoneyCommandExecutor executor)
    {
        var disputeId = Guid.NewGuid();
        return executor.ExecuteAsync<DisputeView>(http, command, async (session, context) =>
        {
            var statement = await session.FoldAsync<Statement>(statementId, http.RequestAborted);
            return MoneyDecision.Of(
                command.Decide(disputeId, statementId, statement, context),
                new Dictionary<Guid, long> { [statementId] = statement?.Version ?? 0 },
                $"/disputes/{disputeId}",
                created: true,
                events => DisputeView.Of(Dispute.Of(events.OfType<DisputeRaised>().Single())));
        });
    }
}
