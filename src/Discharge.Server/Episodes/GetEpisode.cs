using Discharge.Server.Liability;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Marten;
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
    /// The episode's notices and its live liability: every day to today (or to the day the patient left), with
    /// the rule that decided it, computed from the recorded events by the rules engine. 404 problem details
    /// when there is no such episode.
    /// </summary>
    [WolverineGet("/episodes/{episodeId}")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<Results<Ok<EpisodeWithLiability>, ProblemHttpResult>> Get(Guid episodeId, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        var history = (await session.Events.FetchStreamAsync(episodeId, token: cancellation)).Select(e => e.Data).ToArray();
        if (EpisodeView.From(episodeId, history) is not { } view)
        {
            return EpisodeChecks.NotFound(episodeId).ToResult();
        }

        var liability = EpisodeLiabilityReader.Compute(history, rules, asOf: rules.Today(clock))!;
        return TypedResults.Ok(new EpisodeWithLiability(view, LiabilityReport.From(liability)));
    }
}
