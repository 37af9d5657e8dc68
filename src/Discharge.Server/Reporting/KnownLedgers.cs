using Discharge.Domain.Rules;
using Discharge.Server.Episodes;
using Marten;
using NodaTime;

namespace Discharge.Server.Reporting;

/// <summary>
/// The delay ledgers as the service would have kept them at an instant (a report's <c>knownAt</c>): recomputed by the
/// rules engine from the events received by then (<see cref="KnownEvents"/>), as the projection computes them from
/// all. The stored ledgers cannot answer: they hold only the latest, and a ledger since deleted (a withdrawn notice)
/// may have counted then.
/// </summary>
/// <remarks>
/// Cost: one scan of the event table for the episodes' opening notices and transfers (linear in the number of
/// episodes ever recorded), then every event of the party's episodes, each run through the rules engine: linear in
/// the party's events, whatever the window. A live report reads only the ledgers that overlap the window.
/// </remarks>
internal static class KnownLedgers
{
    public static async Task<IReadOnlyList<EpisodeDelayLedger>> LedgersKnownAt(
        this IQuerySession session, Instant knownAt, DateWindow? window, string? council, string? nhsBody, DischargeRules rules,
        CancellationToken cancellation)
    {
        if (window is not { } days)
        {
            return [];
        }

        var episodes = await EpisodesNaming.OfAsync(session, council, nhsBody, cancellation);
        return [.. (await EpisodeStreams.ReadManyAsync(session, episodes, cancellation))
            .Select(stream => EpisodeDelayLedger.FromHistory(stream.Key, KnownEvents.At(stream.Value, knownAt), rules))
            .OfType<EpisodeDelayLedger>()
            .Where(ledger => ledger.Concerns(days, council, nhsBody))
            .OrderBy(ledger => ledger.Id)];
    }
}
