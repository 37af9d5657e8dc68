using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Server.Liability;
using Marten;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>An episode as recorded, with its live liability to today (or to the day the patient left): what the episode endpoints read.</summary>
public sealed record EpisodeRead(EpisodeView View, EpisodeLiability Liability)
{
    /// <summary>The episode, or null when there is none (no assessment notice).</summary>
    public static async Task<EpisodeRead?> FetchAsync(Guid episodeId, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(episodeId, token: cancellation);
        var episode = Episode.From(episodeId, events.Select(e => e.Data));
        return EpisodeView.From(episode, events) is { } view
            ? new EpisodeRead(view, EpisodeLiabilityReader.Compute(episode, rules, asOf: rules.Today(clock))!)
            : null;
    }
}
