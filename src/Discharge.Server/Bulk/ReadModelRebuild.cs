using System.Collections.Concurrent;
using System.Threading.Channels;
using Discharge.Domain.Rules;
using Discharge.Server.Audit.Verification;
using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>What a rebuild read and wrote.</summary>
public sealed record RebuildReport(long Events, int Streams, IReadOnlyDictionary<string, int> Documents);

/// <summary>
/// Rebuilds every read model (delay ledgers, statements, disputes, recovery claims) from the events in one pass over the
/// event table: the streams split into ranges, taken in turn by as many readers as there are cores, each on a connection of
/// its own and each range a binary COPY ordered by stream (<see cref="EventTableRead"/>), of only what the read models read
/// of each event (<see cref="ReadModelData"/>); each
/// stream's events folded by the projections' own code (<see cref="RebuiltReadModel"/>, as <c>audit verify</c> does) on
/// every core, straight from the UTF-8 read; the documents written by the store's
/// serializer as binary COPY rows there too (<see cref="DocumentRows"/>), and copied into their tables, replacing them, in
/// one transaction, with the ledgers' kept rows (<see cref="DelayRuns"/>) made beside them (<see cref="DelayRunRows"/>); their
/// indexes are built after it, several at once. Reading,
/// folding and copying overlap, a few batches of streams in flight, in pooled buffers: memory
/// does not grow with the store. For a store no daemon is projecting (a stopped service, or a history just imported); the
/// delay ledgers' progress is then set to the last event read, so that a service started afterwards carries on from there.
/// </summary>
public sealed class ReadModelRebuild(IDocumentStore store, DischargeRules rules)
{
    /// <summary>How many ranges of streams are read at once, each on a connection of its own: PostgreSQL spends a core writing out a reader's JSON.</summary>
    internal static int Readers => Environment.ProcessorCount;

    private const int RangesAReader = 4;

    private readonly ISerializer serializer = store.Options.Serializer();

    public async Task<RebuildReport> RunAsync(IProgress<long>? progress, CancellationToken cancellation)
    {
        // A store an older build wrote lacks what this one keeps (the kept figures): its schema is brought up to date first.
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var models = RebuiltReadModel.All(rules);
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var writing = BulkConnection.Of(store);
        await writing.OpenAsync(cancellation);
        await using var transaction = await writing.BeginTransactionAsync(cancellation);
        var lastSequence = await ScalarAsync(writing, $"SELECT coalesce(max(seq_id), 0) FROM {schema}.mt_events", cancellation);
        var tables = models.Select(m => DocumentCopy.TableOf(store, m.DocumentType)).ToArray();
        // The ledgers' truncation truncates their kept rows too (their trigger).
        await ExecuteAsync(writing, $"TRUNCATE {string.Join(", ", tables)}", cancellation);
        // The ledgers' kept rows are copied beside them, not made by their trigger row by row.
        await ExecuteAsync(writing, $"ALTER TABLE {DelayRuns.LedgerTable(store.Options)} DISABLE TRIGGER {DelayRuns.RowTrigger}", cancellation);
        // Indexes built once over the whole table cost a fraction of keeping them row by row.
        string[] indexed = [.. tables, DelayRuns.TableIn(store.Options), DelayStretches.TableIn(store.Options)];
        var indexes = await SecondaryIndexesAsync(writing, indexed, cancellation);
        foreach (var (_, name, _) in indexes)
        {
            await ExecuteAsync(writing, $"DROP INDEX {name}", cancellation);
        }

        // More ranges than readers, each reader taking the next when it is done: ranges of as many streams are not as much
        // work (on the national year one of two readers ended a second before the other, which then read alone).
        var ranges = new ConcurrentQueue<StreamRange>(await EventTableRead.RangesAsync(writing, schema, RangesAReader * Readers, cancellation));
        var batches = Channel.CreateBounded<StreamBatch>(2 * Environment.ProcessorCount);
        var documents = Channel.CreateBounded<FoldedBatch>(2 * Environment.ProcessorCount);
        // Should the copying fail, the readers and folders stop too, rather than wait for room in a channel for ever.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        long events = 0;
        var streams = 0;
        long folded = 0;
        var reading = CompletingAsync(batches.Writer, Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            await using var connection = await EventTableRead.OpenForReadingAsync(store, stop.Token);
            while (ranges.TryDequeue(out var range))
            {
                var (read, streamsRead) = await EventTableRead.ReadAsync(connection, EventTableRead.CopySql(schema, lastSequence, range, ReadModelData.Of(store.Options)), batches.Writer, stop.Token);
                Interlocked.Add(ref events, read);
                Interlocked.Add(ref streams, streamsRead);
            }
        }, stop.Token)));
        var folding = CompletingAsync(documents.Writer, Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                var count = batch.Events;
                await documents.Writer.WriteAsync(Fold(batch, models), stop.Token);
                progress?.Report(Interlocked.Add(ref folded, count));
            }
        }, stop.Token)));

        var written = models.ToDictionary(m => m.DocumentType.Name, _ => 0);
        var months = new DelayMonthSums();
        try
        {
            // Every batch folded by the time the last copies ended is copied at once: each COPY is two round trips the folders
            // wait on, the writer being the slowest of the three (on the national year, 270 batches copied in 47-49 goes).
            var copying = new List<FoldedBatch>();
            while (await documents.Reader.WaitToReadAsync(cancellation))
            {
                copying.Clear();
                while (documents.Reader.TryRead(out var next))
                {
                    copying.Add(next);
                }

                try
                {
                    for (var i = 0; i < models.Count; i++)
                    {
                        var made = copying.ConvertAll(f => f.Documents[i]);
                        if (made.Sum(rows => rows.Count) is var count and > 0)
                        {
                            await DocumentRows.CopyAsync(writing, tables[i], made, cancellation);
                            written[models[i].DocumentType.Name] += count;
                        }
                    }

                    await DelayRunRows.CopyAsync(writing, store.Options, copying.ConvertAll(f => f.DelayRuns), cancellation);
                    copying.ForEach(f => months.Add(f.DelayRuns.Months));
                }
                finally
                {
                    copying.ForEach(f => f.Dispose());
                }
            }
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }

        await reading;
        await folding;
        await months.CopyAsync(writing, store.Options, cancellation);
        await ExecuteAsync(writing, $"ALTER TABLE {DelayRuns.LedgerTable(store.Options)} ENABLE TRIGGER {DelayRuns.RowTrigger}", cancellation);
        await MarkLedgersCurrentAsync(writing, lastSequence, cancellation);
        await transaction.CommitAsync(cancellation);

        // The indexes are built after the commit, a few at once on connections of their own (in the transaction they took
        // a third of the national year's rebuild, one after another on one core). A rebuild is for a store no service is
        // using; should it stop before they are built, the next start of a service or a rebuild makes the missing ones.
        await IndexAndAnalyzeAsync(indexed, indexes, cancellation);
        return new RebuildReport(events, streams, written);
    }

    /// <summary>
    /// Builds <paramref name="indexes"/> and gathers the statistics of <paramref name="tables"/>, on as many connections at
    /// once as the rebuild reads with. A table's statistics include its indexes' expressions, without which the planner
    /// guesses at how many ledgers a report's window holds (see LedgerQueries): each table is analysed once its last index
    /// is built, ahead of the indexes still to build. The ledgers' indexes come first, then the longest (<see cref="SecondaryIndexesAsync"/>),
    /// so that the last is not a long one built alone while the other connections have nothing left to do.
    /// </summary>
    private async Task IndexAndAnalyzeAsync(string[] tables, List<(string Table, string Name, string Definition)> indexes, CancellationToken cancellation)
    {
        var indexesLeft = tables.ToDictionary(t => t, t => indexes.Count(i => i.Table == t));
        // A table's index to build, or (no index) its statistics to gather.
        var work = new LinkedList<(string Table, string? Index)>(indexes.Select(i => (i.Table, (string?)i.Definition)));
        foreach (var table in tables.Where(t => indexesLeft[t] == 0))
        {
            work.AddFirst((table, null));
        }

        await Task.WhenAll(Enumerable.Range(0, Readers).Select(async _ =>
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellation);
            // Enough memory to sort each index in one go (the GIN index of councils above all); no parallel workers for a
            // B-tree, as the connections already keep every core busy: on the national year they had cost a third more CPU.
            await ExecuteAsync(connection, "SET maintenance_work_mem = '256MB'; SET max_parallel_maintenance_workers = 0", cancellation);
            while (Next(work) is { } next)
            {
                await ExecuteAsync(connection, next.Index ?? $"ANALYZE {next.Table}", cancellation);
                lock (work)
                {
                    if (next.Index is not null && --indexesLeft[next.Table] == 0)
                    {
                        work.AddFirst((next.Table, null));
                    }
                }
            }
        }));

        static (string Table, string? Index)? Next(LinkedList<(string Table, string? Index)> work)
        {
            lock (work)
            {
                if (work.First is not { } first)
                {
                    return null;
                }

                work.RemoveFirst();
                return first.Value;
            }
        }
    }

    /// <summary>The documents a batch of streams makes, as rows of each read model's table: what each projection's own code makes of each stream.</summary>
    private FoldedBatch Fold(StreamBatch batch, IReadOnlyList<RebuiltReadModel> models)
    {
        using (batch)
        {
            var made = models.Select(m => new DocumentRows(m.DocumentType)).ToArray();
            var delayRuns = new DelayRunRows();
            var events = new List<object>();
            for (var s = 0; s < batch.Streams; s++)
            {
                var (id, range) = batch.Stream(s);
                events.Clear();
                for (var e = range.Start.Value; e < range.End.Value; e++)
                {
                    var (type, json) = batch.Event(e);
                    events.Add(json.IsEmpty ? ReadModelData.Unread : EventJson.ReadForReadModels(json.Span, type));
                }

                for (var m = 0; m < models.Count; m++)
                {
                    if (models[m].Rebuild(id, events) is { } document)
                    {
                        made[m].Add(id, document, serializer);
                        if (document is EpisodeDelayLedger ledger)
                        {
                            delayRuns.Add(ledger);
                        }
                    }
                }
            }

            return new FoldedBatch(made, delayRuns);
        }
    }

    /// <summary>Runs <paramref name="workers"/>, then completes <paramref name="channel"/>: with the first failure, if any.</summary>
    private static Task CompletingAsync<T>(ChannelWriter<T> channel, IEnumerable<Task> workers) =>
        Task.WhenAll(workers).ContinueWith(done => channel.Complete(done.Exception), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    /// <summary>The daemon keeps the ledgers from where the rebuild read up to, not from the start.</summary>
    private async Task MarkLedgersCurrentAsync(NpgsqlConnection connection, long lastSequence, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"""
             INSERT INTO {store.Options.Events.DatabaseSchemaName}.mt_event_progression (name, last_seq_id) VALUES (@name, @last)
             ON CONFLICT (name) DO UPDATE SET last_seq_id = excluded.last_seq_id, last_updated = transaction_timestamp()
             """, connection);
        command.Parameters.AddWithValue("name", LedgerProgress);
        command.Parameters.AddWithValue("last", lastSequence);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>The daemon's name for the delay ledgers' progress.</summary>
    public const string LedgerProgress = nameof(EpisodeDelayLedger) + ":All";

    /// <summary>
    /// Each table's indexes but its primary key: the table (as <paramref name="tables"/> names it), the index's qualified name
    /// and the statement that makes it. The ledgers' first: their statistics, gathered once their indexes are built, take
    /// 0.2-0.5 s however many ledgers there are (a sample), and had been gathered alone at the end, a third of a small
    /// store's rebuild. Then those that take longest to build: an SP-GiST or GIN index is built by inserting each row in turn
    /// (the two SP-GiST indexes of days took 1.8-2.3 s each on the national year), a B-tree by one sort (0.2-1.0 s); then the
    /// tables as given. Their sizes cannot tell: they were just emptied.
    /// </summary>
    private static async Task<List<(string Table, string Name, string Definition)>> SecondaryIndexesAsync(NpgsqlConnection connection, string[] tables, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT t, format('%I.%I', n.nspname, i.relname), pg_get_indexdef(x.indexrelid)
            FROM unnest(@tables) t JOIN pg_index x ON x.indrelid = to_regclass(t)
            JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace JOIN pg_am m ON m.oid = i.relam
            WHERE NOT x.indisprimary
            ORDER BY t <> @tables[1], m.amname = 'btree', array_position(@tables, t), i.relname
            """, connection);
        command.Parameters.AddWithValue("tables", tables);
        var indexes = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return indexes;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>A statement of the rebuild, however long it takes (an index over a decade's ledgers outlasts Npgsql's 30 s).</summary>
    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellation);
    }
}

/// <summary>A batch of streams folded: each read model's documents, and the delay ledgers' kept rows.</summary>
internal sealed record FoldedBatch(DocumentRows[] Documents, DelayRunRows DelayRuns) : IDisposable
{
    public void Dispose()
    {
        foreach (var rows in Documents)
        {
            rows.Dispose();
        }

        DelayRuns.Dispose();
    }
}
