using System.Security.Claims;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Audit;
using Discharge.Server.Identity;
using Discharge.Server.Liability;
using Discharge.Server.Problems;
using Discharge.Server.Reporting;
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
    /// An auditor's read is logged (<see cref="PatientDataRead"/>): the answer names the patient. With <c>knownAt</c>
    /// (an ISO instant), the episode as the service knew it then: only the events received by that instant (see
    /// <see cref="KnownEvents"/>), its liability still counted to today; 404 when it was not known yet, 400 for a bad
    /// or future instant.
    /// </summary>
    [WolverineGet("/episodes/{episodeId}")]
    [EndpointSummary("Read an episode and its liability")]
    [Authorize(Policy = AccessPolicies.EpisodeParties)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<Results<Ok<EpisodeWithLiability>, ProblemHttpResult>> Get(
        Guid episodeId, string? knownAt, ClaimsPrincipal caller, IQuerySession session, IDocumentStore store, DischargeRules rules, IClock clock,
        CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var known = ReportInput.PastInstant(errors, nameof(knownAt), knownAt, clock);
        if (errors.Any)
        {
            return errors.ToProblem().ToResult();
        }

        if (await EpisodeRead.FetchAsync(episodeId, caller, session, rules, clock, known, cancellation) is not { } episode)
        {
            return EpisodeChecks.NotFound(episodeId).ToProblem().ToResult();
        }

        await PatientDataRead.RecordIfAuditorAsync(caller, episodeId, store, rules, clock, cancellation);
        return TypedResults.Ok(new EpisodeWithLiability(episode.View, LiabilityReport.From(episode.Liability)));
    }
}
