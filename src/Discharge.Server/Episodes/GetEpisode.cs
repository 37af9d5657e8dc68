using System.Security.Claims;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Identity;
using Discharge.Server.Liability;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>An episode as recorded, and the liability its events come to.</summary>
public sealed record EpisodeWithLiability(EpisodeView Episode, LiabilityReport Liability);

public static class GetEpisodeEndpoint
{
    /// <summary>
    /// The episode's notices and its live liability to today (or to the day the patient left), computed from the
    /// recorded events by the rules engine: totals, and each period by month and status. The days themselves, each
    /// with the rule that decided it, are at <c>/episodes/{id}/days</c>. 404 problem details when there is no such episode.
    /// </summary>
    [WolverineGet("/episodes/{episodeId}")]
    [Authorize(Policy = AccessPolicies.EpisodeParties)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<Results<Ok<EpisodeWithLiability>, ProblemHttpResult>> Get(Guid episodeId, ClaimsPrincipal user, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        await EpisodeRead.FetchAsync(episodeId, user, session, rules, clock, cancellation) is { } episode
            ? TypedResults.Ok(new EpisodeWithLiability(episode.View, LiabilityReport.From(episode.Liability)))
            : EpisodeChecks.NotFound(episodeId).ToProblem().ToResult();
}
