using System.Diagnostics;
using Discharge.Server.Bulk;
using Discharge.Server.Database;

namespace Discharge.Benchmarks.Bulk;

/// <summary>
/// The bulk path (<see cref="BulkEventWriter"/>: serialize, stamp, chain and COPY, a chunk a transaction) against a raw
/// COPY of the very rows it writes (streams, events, chain heads) made beforehand, each into an empty store of its own,
/// side by side. Target (issue 13): the bulk path at least half the raw COPY.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] options, TextWriter output)
    {
        var span = BulkStores.Span(options);
        // Made in memory before any timing starts: both paths write the same rows, and neither is timed making the history.
        List<IReadOnlyList<StreamImport>> history = [.. BulkStores.History(span)];
        var episodes = history.Sum(c => c.Count);
        var events = history.Sum(c => c.Sum(s => s.Events.Count));
        output.WriteLine($"cores: {Environment.ProcessorCount}; {span.From:yyyy-MM-dd} to {span.Until:yyyy-MM-dd}, {span.NoticesADay:N0} notices a day: {episodes:N0} episodes, {events:N0} events");

        await using var cluster = await LocalPostgresCluster.StartAsync();
        await using var rawStore = await BulkStores.StoreAsync(cluster, "bench_raw");
        await using var importStore = await BulkStores.StoreAsync(cluster, "bench_import");

        var writer = new BulkEventWriter(rawStore);
        var prepClock = Stopwatch.StartNew();
        var rows = history.Select(chunk => chunk.Select(new EventRows(rawStore).Of).ToArray()).ToList();
        output.WriteLine($"rows made on one core in {prepClock.Elapsed.TotalSeconds:F2} s");
        // The bulk path's own kind of connection (256 KB buffers), so that the raw COPY is written as fast as it can be.
        await using (var connection = BulkConnection.Of(rawStore))
        {
            await connection.OpenAsync();
            var rawClock = Stopwatch.StartNew();
            foreach (var chunk in rows)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await writer.CopyAsync(connection, chunk, CancellationToken.None);
                await transaction.CommitAsync();
            }

            rawClock.Stop();
            output.WriteLine($"raw COPY of the rows      {events,10:N0} events in {rawClock.Elapsed.TotalSeconds,6:F2} s   {events / rawClock.Elapsed.TotalSeconds,9:N0}/s");
            var rawRate = events / rawClock.Elapsed.TotalSeconds;

            var importClock = Stopwatch.StartNew();
            await new BulkEventWriter(importStore).WriteAsync(history, CancellationToken.None);
            importClock.Stop();
            var importRate = events / importClock.Elapsed.TotalSeconds;
            output.WriteLine($"bulk import               {events,10:N0} events in {importClock.Elapsed.TotalSeconds,6:F2} s   {importRate,9:N0}/s");
            output.WriteLine($"national decade at this rate: {BulkStores.Decade((double)events / episodes, importRate)}");
            output.WriteLine($"bulk import / raw COPY: {importRate / rawRate:F2}");
        }

        return 0;
    }
}
