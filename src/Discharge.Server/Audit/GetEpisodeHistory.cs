using System.Security.Claims;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Episodes;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Audit;

/// <summary>Every event of an episode's stream, in order, with who recorded it and when.</summary>
public sealed record EpisodeEventHistory(Guid EpisodeId, IReadOnlyList<RecordedEvent> Events);

public static class GetEpisodeHistoryEndpoint
{
    /// <summary>
    /// The episode's events as recorded, oldest first (see <see cref="RecordedEvent"/>): read by its parties and
    /// auditors, as the episode is, and 404 to anyone else. The events name the patient, so an auditor's read is
    /// logged (<see cref="PatientDataRead"/>).
    /// </summary>
    [WolverineGet("/episodes/{episodeId}/history")]
    [EndpointSummary("An episode's events as recorded")]
    [Authorize(Policy = AccessPolicies.EpisodeParties)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<Results<Ok<EpisodeEventHistory>, ProblemHttpResult>> Get(
        Guid episodeId, ClaimsPrincipal caller, IQuerySession session, IDocumentStore store, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        if (await EpisodeRead.FetchAsync(episodeId, caller, session, rules, clock, knownAt: null, cancellation) is not { } episode)
        {
            return EpisodeChecks.NotFound(episodeId).ToProblem().ToResult();
        }

        await PatientDataRead.RecordIfAuditorAsync(caller, episodeId, store, rules, clock, cancellation);
        return TypedResults.Ok(new EpisodeEventHistory(episodeId, [.. episode.Events.Select(RecordedEvent.Of)]));
    }
}
