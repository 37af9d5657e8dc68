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

/// <summary>
/// An episode as recorded (or as known at an instant), with its live liability to today (or to the day the patient
/// left), and the events it was folded from: what the episode endpoints read.
/// </summary>
public sealed record EpisodeRead(EpisodeView View, EpisodeLiability Liability, IReadOnlyList<IEvent> Events)
{
    /// <summary>
    /// The episode, or null when there is none (no assessment notice, or none yet at <paramref name="knownAt"/>) or
    /// the caller may not read it: to anyone but its parties and auditors an episode does not exist, so that its id
    /// tells nothing. With <paramref name="knownAt"/>, only the events the service had received by then count; the
    /// liability still runs to today, as the live one does.
    /// </summary>
    public static async Task<EpisodeRead?> FetchAsync(
        Guid episodeId, ClaimsPrincipal user, IQuerySession session, DischargeRules rules, IClock clock, Instant? knownAt, CancellationToken cancellation)
    {
        var recorded = await session.Events.FetchStreamAsync(episodeId, token: cancellation);
        var events = knownAt is { } instant ? KnownEvents.At(recorded, instant) : recorded;
        var episode = Episode.From(episodeId, events.Select(e => e.Data));
        // Who may read is judged on the whole stream: a council that took over later reads what was known before.
        var readers = knownAt is null ? episode : Episode.From(episodeId, recorded.Select(e => e.Data));
        return EpisodeView.From(episode, events) is { } view && new Caller(user).MayRead(view.NhsBody, readers.Councils)
            ? new EpisodeRead(view, EpisodeLiabilityReader.Compute(episode, rules, asOf: rules.Today(clock))!, events)
            : null;
    }
}
