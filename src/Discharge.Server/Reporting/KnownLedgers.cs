using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using Discharge.Server.Episodes;
using JasperFx.Events;
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

        var episodes = await EpisodesOf(session, council, nhsBody, cancellation);
        if (episodes.Count == 0)
        {
            return [];
        }

        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(episodes.ToArray()))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellation);
        return [.. events.GroupBy(e => e.StreamId)
            .Select(stream => EpisodeDelayLedger.FromHistory(stream.Key, KnownEvents.At([.. stream.OrderBy(e => e.Version)], knownAt), rules))
            .OfType<EpisodeDelayLedger>()
            .Where(ledger => ledger.Concerns(days, council, nhsBody))
            .OrderBy(ledger => ledger.Id)];
    }

    /// <summary>
    /// Every episode that ever named the party: the NHS body and first council on its assessment notice, any later
    /// council on a transfer of responsibility. Read whenever recorded: what was known then is decided per stream.
    /// </summary>
    private static async Task<HashSet<Guid>> EpisodesOf(IQuerySession session, string? council, string? nhsBody, CancellationToken cancellation)
    {
        string[] partyEvents = [typeof(AssessmentNoticeGiven).GetEventTypeName(), typeof(ResponsibilityTransferred).GetEventTypeName()];
        var naming = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypeName.IsOneOf(partyEvents))
            .ToListAsync(cancellation);
        return [.. naming.Where(e => e.Data switch
            {
                AssessmentNoticeGiven notice => (council is null || notice.Council == council) && (nhsBody is null || notice.NhsBody == nhsBody),
                ResponsibilityTransferred transfer => council is not null && transfer.ToCouncil == council,
                _ => false,
            })
            .Select(e => e.StreamId)];
    }
}
