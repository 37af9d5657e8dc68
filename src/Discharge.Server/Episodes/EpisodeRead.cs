using System.Security.Claims;
using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Server.Identity;
using Discharge.Server.Liability;
using JasperFx.Events;
using Marten;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>An episode as recorded, with its live liability to today (or to the day the patient left): what the episode endpoints read.</summary>
public sealed record EpisodeRead(EpisodeView View, EpisodeLiability Liability)
{
    /// <summary>
    /// The episode, or null when there is none (no assessment notice) or the caller may not read it: to anyone but
    /// its parties and auditors an episode does not exist, so that its id tells nothing.
    /// </summary>
    public static async Task<EpisodeRead?> FetchAsync(
        Guid episodeId, ClaimsPrincipal user, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(episodeId, token: cancellation);
        var episode = Episode.From(episodeId, events.Select(e => e.Data));
        return EpisodeView.From(episode, events) is { } view && new Caller(user).MayRead(view.NhsBody, CouncilsOf(view, events))
            ? new EpisodeRead(view, EpisodeLiabilityReader.Compute(episode, rules, asOf: rules.Today(clock))!)
            : null;
    }

    /// <summary>Every council ever responsible: one that handed over still owes, or recovers, the days before (E10, A7).</summary>
    private static IEnumerable<string> CouncilsOf(EpisodeView view, IReadOnlyList<IEvent> events) =>
        events.Select(e => e.Data).OfType<ResponsibilityTransferred>().Select(t => t.ToCouncil).Prepend(view.Council);
}
