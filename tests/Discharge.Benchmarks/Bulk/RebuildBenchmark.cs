using System.Diagnostics;
using Discharge.Server.Bulk;
using Discharge.Server.Database;
using Discharge.Server.Reporting;
using Marten;
using Npgsql;

namespace Discharge.Benchmarks.Bulk;

/// <summary>
/// Rebuilding every read model of an imported national history: a raw COPY of the event rows out of PostgreSQL, in the
/// order the rebuild reads them; Marten's own rebuild of the delay ledgers through its daemon (the way before); and the
/// one-pass rebuild (<see cref="ReadModelRebuild"/>), whose ledgers are then compared with Marten's document by
/// document. Target (issue 13): the rebuild at least half the raw read.
/// </summary>
internal static class RebuildBenchmark
{
    public static async Task<int> RunAsync(string[] options, TextWriter output)
    {
        var span = BulkStores.Span(options);
        await using var cluster = await LocalPostgresCluster.StartAsync();
        await using var store = await BulkStores.StoreAsync(cluster, "bench_rebuild");
        var episodes = 0;
        long events = 0;
        foreach (var chunk in BulkStores.History(span))
        {
            episodes += chunk.Count;
            events += await new BulkEventWriter(store).WriteAsync([chunk], CancellationToken.None);
        }

        output.WriteLine($"cores: {Environment.ProcessorCount}; {span.From:yyyy-MM-dd} to {span.Until:yyyy-MM-dd}, {span.NoticesADay:N0} notices a day: {episodes:N0} episodes, {events:N0} events");
        // A national rebuild runs for minutes: both are timed warm (compiled, the table in PostgreSQL's cache), after a first run each.
        await RawReadAsync(store);
        await new ReadModelRebuild(store, BulkStores.Rules).RunAsync(null, CancellationToken.None);
        var raw = await TimeAsync(() => RawReadAsync(store));
        output.WriteLine($"raw COPY out of the rows  {events,10:N0} events in {raw.TotalSeconds,6:F2} s   {events / raw.TotalSeconds,9:N0}/s");

        if (BenchmarkOptions.Int(options, "--marten", 1) == 1)
        {
            var marten = await TimeAsync(async () =>
            {
                using var daemon = await store.BuildProjectionDaemonAsync();
                await daemon.RebuildProjectionAsync(nameof(EpisodeDelayLedger), TimeSpan.FromMinutes(10), CancellationToken.None);
            });
            output.WriteLine($"Marten's daemon rebuild   {events,10:N0} events in {marten.TotalSeconds,6:F2} s   {events / marten.TotalSeconds,9:N0}/s (delay ledgers only)");
            await ExecuteAsync(store, "CREATE TABLE marten_ledgers AS SELECT id, data FROM mt_doc_episodedelayledger");
        }

        RebuildReport? report = null;
        var fast = await TimeAsync(async () => report = await new ReadModelRebuild(store, BulkStores.Rules).RunAsync(null, CancellationToken.None));
        var rate = events / fast.TotalSeconds;
        output.WriteLine($"one-pass rebuild          {events,10:N0} events in {fast.TotalSeconds,6:F2} s   {rate,9:N0}/s; documents {string.Join(", ", report!.Documents.Select(d => $"{d.Key} {d.Value:N0}"))}");
        output.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MiB");
        if (BenchmarkOptions.Int(options, "--marten", 1) == 1)
        {
            var differing = await ScalarAsync(store, """
                SELECT count(*) FROM marten_ledgers m FULL OUTER JOIN mt_doc_episodedelayledger l ON l.id = m.id WHERE l.data IS DISTINCT FROM m.data
                """);
            output.WriteLine($"ledgers differing from Marten's rebuild: {differing:N0}");
        }

        output.WriteLine($"national decade at this rate: {BulkStores.Decade((double)events / episodes, rate)}");
        output.WriteLine($"rebuild / raw read: {raw / fast:F2}");
        return 0;
    }

    /// <summary>Every row the rebuild reads, in its order, copied out in PostgreSQL's binary format and read to the end.</summary>
    private static async Task RawReadAsync(DocumentStore store)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var copy = await connection.BeginRawBinaryCopyAsync(
            "COPY (SELECT stream_id, mt_dotnet_type, data FROM mt_events WHERE type <> 'tombstone' ORDER BY stream_id, version) TO STDOUT (FORMAT BINARY)");
        var buffer = new byte[1 << 16];
        while (await copy.ReadAsync(buffer.AsMemory(), CancellationToken.None) > 0)
        {
        }
    }

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
}
