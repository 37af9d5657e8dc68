using System.Diagnostics;
using Discharge.Server.Reporting;
using Marten;

namespace Discharge.Server.Statements;

/// <summary>
/// Billing finds a month's episodes through the delay ledgers, which the async daemon keeps a moment behind the events.
/// Before a statement is issued the ledgers must have caught up with every event recorded until then, or an episode
/// recorded a moment ago would be missed.
/// </summary>
internal static class LedgerCatchUp
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>True once the ledgers have projected every event recorded when this was called; false if they did not within the patience.</summary>
    public static async Task<bool> WaitAsync(IDocumentStore store, CancellationToken cancellation)
    {
        var recorded = (await store.Advanced.FetchEventStoreStatistics(token: cancellation)).EventSequenceNumber;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var progress = await store.Advanced.AllProjectionProgress(token: cancellation);
            var ledger = progress.Where(p => p.ShardName.StartsWith(nameof(EpisodeDelayLedger), StringComparison.Ordinal)).Select(p => p.Sequence).DefaultIfEmpty(0).Min();
            if (ledger >= recorded)
            {
                return true;
            }

            if (waited.Elapsed > Patience)
            {
                return false;
            }

            await Task.Delay(Poll, cancellation);
        }
    }
}
