using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using Discharge.Server.Liability;
using System.Collections.Concurrent;
using JasperFx.Events;
using JasperFx.Events.Grouping;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events.Aggregation;

namespace Discharge.Server.Reporting;

/// <summary>
/// Keeps each episode's <see cref="EpisodeDelayLedger"/> by running the rules engine over the episode's whole
/// history: a day's status can depend on any earlier event, so the ledger is recomputed, never patched.
/// Runs in the async daemon, off the command path.
/// </summary>
public sealed class EpisodeDelayLedgerProjection : SingleStreamProjection<EpisodeDelayLedger, Guid>
{
    private readonly DischargeRules rules;

    public EpisodeDelayLedgerProjection(DischargeRules rules)
    {
        this.rules = rules;
        Name = nameof(EpisodeDelayLedger);
    }

    /// <summary>The earlier events of the batch's episodes whose streams began in an earlier batch, read for the whole batch at once.</summary>
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<IEvent>> earlierEvents = new();

    /// <summary>
    /// Before the batch is applied: one query for the earlier events of every episode in it whose stream began in an
    /// earlier batch, instead of one per episode.
    /// </summary>
    public override async Task EnrichEventsAsync(SliceGroup<EpisodeDelayLedger, Guid> group, IQuerySession querySession, CancellationToken cancellation)
    {
        var continued = group.Slices
            .Where(s => s.Events() is [{ Data: IEpisodeEvent, Version: > 1 }, ..])
            .ToDictionary(s => s.Id, s => s.Events()[0].Version);
        if (continued.Count == 0)
        {
            return;
        }

        foreach (var (id, stream) in await EpisodeStreams.ReadManyAsync(querySession, continued.Keys, cancellation))
        {
            earlierEvents[id] = [.. stream.TakeWhile(e => e.Version < continued[id])];
        }
    }

    public override async ValueTask<(EpisodeDelayLedger?, ActionType)> DetermineActionAsync(
        IQuerySession session,
        EpisodeDelayLedger? snapshot,
        Guid identity,
        IIdentitySetter<EpisodeDelayLedger, Guid> identitySetter,
        IReadOnlyList<IEvent> events,
        CancellationToken cancellation)
    {
        // Statements and disputes share the event store; their streams hold no episode's events.
        if (events[0].Data is not IEpisodeEvent)
        {
            return (snapshot, ActionType.Nothing);
        }

        // A batch that starts the stream holds the whole history so far (always so in a rebuild); otherwise the earlier
        // events come from the batch's one read (or, should a path not have enriched, from a read of this stream).
        IReadOnlyList<IEvent> history = events[0].Version == 1 ? events
            : earlierEvents.TryRemove(identity, out var earlier) && earlier.Count == events[0].Version - 1 ? [.. earlier, .. events]
            : await session.Events.FetchStreamAsync(identity, events[^1].Version, token: cancellation);
        if (EpisodeDelayLedger.FromHistory(identity, history, rules) is { } ledger)
        {
            return (ledger, ActionType.Store);
        }

        // No delayed day (yet, or any more, after a withdrawal): no ledger.
        return (snapshot, snapshot is null ? ActionType.Nothing : ActionType.Delete);
    }
}
