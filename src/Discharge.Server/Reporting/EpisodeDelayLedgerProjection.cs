using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using Discharge.Server.Liability;
using JasperFx.Events;
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

        // A batch that starts the stream holds the whole history so far (always so in a rebuild); otherwise read
        // the earlier events too, up to the last one in this batch.
        var history = events[0].Version == 1
            ? events
            : await session.Events.FetchStreamAsync(identity, events[^1].Version, token: cancellation);
        if (EpisodeDelayLedger.FromHistory(identity, history, rules) is { } ledger)
        {
            return (ledger, ActionType.Store);
        }

        // No delayed day (yet, or any more, after a withdrawal): no ledger.
        return (snapshot, snapshot is null ? ActionType.Nothing : ActionType.Delete);
    }
}
