using Discharge.Domain.Episodes;
using Discharge.Domain.Recovery;
using Discharge.Domain.Statements;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Recovery;

public static class ClaimRecoveryEndpoint
{
    public static ProblemDetails Validate(ClaimRecovery? command) => FieldErrors.For(command).Require("episodeId", command?.EpisodeId).ToProblem();

    /// <summary>
    /// The council first notified of an episode that passed to another council claims from it what it was billed for the
    /// days before the switch: 201 with the claim. Once per episode (409 already-claimed, also to a racing request).
    /// </summary>
    [WolverinePost("/recovery-claims")]
    [EndpointSummary("Claim from the council that took over")]
    [Authorize(Policy = AccessPolicies.Command)]
    [ProducesResponseType<RecoveryClaimView>(StatusCodes.Status201Created)]
    public static Task<CommandAnswer<RecoveryClaimView>> Post(ClaimRecovery command, HttpContext http, MoneyCommandExecutor executor) =>
        executor.ExecuteAsync<RecoveryClaimView>(http, command, async (session, context) =>
        {
            var episodeId = command.EpisodeId!.Value;
            var episode = Episode.From(episodeId, (await session.Events.FetchStreamAsync(episodeId, token: http.RequestAborted)).Select(e => e.Data));
            var claimId = RecoveryClaimId.For(episodeId, context.Sender);
            IReadOnlyList<Statement> billed = episode.Header is { } header
                ? await session.Query<Statement>().Where(s => s.NhsBody == header.NhsBody && s.Council == context.Sender).ToListAsync(http.RequestAborted)
                : [];
            var claimedBefore = await session.Events.FetchStreamStateAsync(claimId, http.RequestAborted) is not null;
            return MoneyDecision.Of(
                command.Decide(episode, billed, claimedBefore, context),
                new Dictionary<Guid, long>(),
                $"/recovery-claims/{claimId}",
                created: true,
                events => RecoveryClaimView.Of(RecoveryClaim.Of(events.OfType<RecoveryClaimed>().Single())));
        });
}
