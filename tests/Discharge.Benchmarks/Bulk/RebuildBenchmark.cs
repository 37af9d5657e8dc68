using System.Diagnostics;
using System.Globalization;
using Discharge.Server.Bulk;
using Discharge.Server.Database;
using Discharge.Server.Hosting;
using Discharge.Server.Reporting;
using Marten;
using Npgsql;

namespace Discharge.Benchmarks.Bulk;

/// <summary>
/// Rebuilding every read model of a national history: a raw binary COPY out of PostgreSQL of the event rows the rebuild
/// reads (each event's JSON whole, as stored), in its order, on one connection and on as many as the rebuild reads with
/// (the faster is the baseline), and, for comparison, of only what the rebuild asks of them (<see cref="ReadModelData"/>);
/// Marten's own rebuild of the delay ledgers through its daemon (the way before); and the one-pass rebuild
/// (<see cref="ReadModelRebuild"/>), whose ledgers are then compared with Marten's document by document. The history is
/// imported into a cluster of its own, or is the store named by <c>--connection</c> (whose read models it rebuilds).
/// Target (issue 13): the rebuild at least half the raw read.
/// </summary>
internal static class RebuildBenchmark
{
    public static async Task<int> RunAsync(string[] options, TextWriter output)
    {
        var existing = BenchmarkOptions.String(options, "--connection");
        await using var cluster = existing is null ? await LocalPostgresCluster.StartAsync() : null;
        await using var store = cluster is null
            ? DocumentStore.For(o => o.ConfigureDischarge(existing!, BulkStores.Rules))
            : await BulkStores.StoreAsync(cluster, "bench_rebuild");
        if (cluster is not null)
        {
            var span = BulkStores.Span(options);
            var episodes = 0;
            long imported = 0;
            foreach (var chunk in BulkStores.History(span))
            {
                episodes += chunk.Count;
                imported += await new BulkEventWriter(store).WriteAsync([chunk], CancellationToken.None);
            }

            output.WriteLine($"{span.From:yyyy-MM-dd} to {span.Until:yyyy-MM-dd}, {span.NoticesADay:N0} notices a day: {episodes:N0} episodes, {imported:N0} events");
        }

        var (events, streams) = await CountAsync(store);
        output.WriteLine($"cores: {Environment.ProcessorCount}; the store: {events:N0} events of {streams:N0} streams");
        // Both are timed warm (compiled, the table in the cache), after a first run each, as in a rebuild that runs for minutes.
        await RawReadAsync(store, 1);
        await new ReadModelRebuild(store, BulkStores.Rules).RunAsync(null, CancellationToken.None);

        var compare = BenchmarkOptions.Int(options, "--marten", cluster is null ? 0 : 1) == 1;
        if (compare)
        {
            var marten = await TimeAsync(async () =>
            {
                using var daemon = await store.BuildProjectionDaemonAsync();
                await daemon.RebuildProjectionAsync(nameof(EpisodeDelayLedger), TimeSpan.FromMinutes(30), CancellationToken.None);
            });
            output.WriteLine($"Marten's daemon rebuild      {events,10:N0} events in {marten.TotalSeconds,6:F2} s   {events / marten.TotalSeconds,9:N0}/s (delay ledgers only)");
            await ExecuteAsync(store, "DROP TABLE IF EXISTS marten_ledgers; CREATE TABLE marten_ledgers AS SELECT id, data FROM mt_doc_episodedelayledger");
        }

        // Rounds of raw reads and a rebuild, side by side: on a shared machine one round's ratio swings with the load.
        var ratios = new List<double>();
        var rounds = BenchmarkOptions.Int(options, "--rounds", 3);
        for (var round = 1; round <= rounds; round++)
        {
            var oneConnection = await TimeAsync(() => RawReadAsync(store, 1));
            output.WriteLine($"raw COPY out, 1 connection   {events,10:N0} events in {oneConnection.TotalSeconds,6:F2} s   {events / oneConnection.TotalSeconds,9:N0}/s");
            var inRanges = await TimeAsync(() => RawReadAsync(store, ReadModelRebuild.Readers));
            output.WriteLine($"raw COPY out, {ReadModelRebuild.Readers} connections  {events,10:N0} events in {inRanges.TotalSeconds,6:F2} s   {events / inRanges.TotalSeconds,9:N0}/s");
            var raw = oneConnection < inRanges ? oneConnection : inRanges;
            // Not the baseline: what the rebuild asks PostgreSQL to write out of the same rows (what no read model reads left out).
            var trimmed = await TimeAsync(() => RawReadAsync(store, ReadModelRebuild.Readers, ReadModelData.Of(store.Options)));
            output.WriteLine($"COPY out of the rebuild's data ({ReadModelRebuild.Readers} connections, not the baseline) {trimmed.TotalSeconds,6:F2} s");

            RebuildReport? report = null;
            var memory = new PeakMemory();
            var fast = await TimeAsync(async () => report = await new ReadModelRebuild(store, BulkStores.Rules).RunAsync(null, CancellationToken.None));
            memory.Dispose();
            var rate = events / fast.TotalSeconds;
            ratios.Add(raw / fast);
            output.WriteLine($"one-pass rebuild             {events,10:N0} events in {fast.TotalSeconds,6:F2} s   {rate,9:N0}/s; documents {string.Join(", ", report!.Documents.Select(d => $"{d.Key} {d.Value:N0}"))}");
            output.WriteLine($"peak during the rebuild: working set {memory.WorkingSet / (1 << 20):N0} MiB, managed heap {memory.Heap / (1 << 20):N0} MiB");
            output.WriteLine($"round {round}: rebuild / raw read {raw / fast:F2}; a national decade at this rate: {BulkStores.Decade((double)events / streams, rate)}");
        }

        if (compare)
        {
            var differing = await ScalarAsync(store, """
                SELECT count(*) FROM marten_ledgers m FULL OUTER JOIN mt_doc_episodedelayledger l ON l.id = m.id WHERE l.data IS DISTINCT FROM m.data
                """);
            output.WriteLine($"ledgers differing from Marten's rebuild: {differing:N0}");
            await ExecuteAsync(store, "DROP TABLE marten_ledgers");
        }

        ratios.Sort();
        // The ratio last on the line, as every mode's last line ends.
        output.WriteLine($"rebuild / raw read, the median of {ratios.Count} rounds ({string.Join(", ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}): {ratios[ratios.Count / 2].ToString("F2", CultureInfo.InvariantCulture)}");
        return 0;
    }

    /// <summary>
    /// Every row the rebuild reads, with its very COPYs (<see cref="EventTableRead"/>), each event's JSON as stored (or
    /// <paramref name="data"/>), the streams split into <paramref name="connections"/> ranges read at once; the binary rows
    /// read to the end and not looked at.
    /// </summary>
    private static async Task RawReadAsync(DocumentStore store, int connections, string data = "data")
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var planning = store.Storage.Database.CreateConnection();
        await planning.OpenAsync();
        var last = await ScalarAsync(store, $"SELECT coalesce(max(seq_id), 0) FROM {schema}.mt_events");
        var ranges = await EventTableRead.RangesAsync(planning, schema, connections, CancellationToken.None);
        await Task.WhenAll(ranges.Select(range => Task.Run(async () =>
        {
            await using var connection = await EventTableRead.OpenForReadingAsync(store, CancellationToken.None);
            await using var copy = await connection.BeginRawBinaryCopyAsync(EventTableRead.CopySql(schema, last, range, data));
            var buffer = new byte[1 << 18];
            while (await copy.ReadAsync(buffer.AsMemory(), CancellationToken.None) > 0)
            {
            }
        })));
    }

    private static async Task<(long Events, long Streams)> CountAsync(DocumentStore store) =>
        (await ScalarAsync(store, "SELECT count(*) FROM mt_events WHERE type <> 'tombstone'"),
            await ScalarAsync(store, "SELECT count(*) FROM mt_streams"));

    private static async Task<TimeSpan> TimeAsync(Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed;
    }

    private static async Task ExecuteAsync(DocumentStore store, string sql)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(DocumentStore store, string sql)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The largest working set and managed heap seen, sampled ten times a second until disposed.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly Timer timer;

        public PeakMemory() => timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));

        public long WorkingSet { get; private set; }

        public long Heap { get; private set; }

        public void Dispose() => timer.Dispose();

        private void Sample()
        {
            WorkingSet = Math.Max(WorkingSet, Environment.WorkingSet);
            Heap = Math.Max(Heap, GC.GetTotalMemory(forceFullCollection: false));
        }
    }
}
