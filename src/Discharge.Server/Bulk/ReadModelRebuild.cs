using System.Collections.Concurrent;
using System.Threading.Channels;
using Discharge.Domain.Rules;
using Discharge.Server.Audit.Verification;
using Discharge.Server.Reporting;
using Marten;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>What a rebuild read and wrote.</summary>
public sealed record RebuildReport(long Events, int Streams, IReadOnlyDictionary<string, int> Documents);

/// <summary>
/// Rebuilds every read model (delay ledgers, statements, disputes, recovery claims) from the events in one pass over the
/// event table, ordered by stream: each stream's events are read once, folded by the projections' own code
/// (<see cref="RebuiltReadModel"/>, as <c>audit verify</c> does) on every core, and the documents copied into their
/// tables, replacing them, in one transaction. A batch of streams at a time, a few batches in flight: memory does not grow
/// with the store. For a store no daemon is projecting (a stopped service, or a history just imported); the delay ledgers'
/// progress is then set to the last event read, so that a service started afterwards carries on from there.
/// </summary>
public sealed class ReadModelRebuild(IDocumentStore store, DischargeRules rules)
{
    private const int StreamsABatch = 2000;

    private readonly ConcurrentDictionary<string, Type> types = new();
    private readonly ISerializer serializer = store.Options.Serializer();

    public async Task<RebuildReport> RunAsync(IProgress<long>? progress, CancellationToken cancellation)
    {
        var models = RebuiltReadModel.All(rules);
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var writing = store.Storage.Database.CreateConnection();
        await writing.OpenAsync(cancellation);
        await using var transaction = await writing.BeginTransactionAsync(cancellation);
        var lastSequence = await ScalarAsync(writing, $"SELECT coalesce(max(seq_id), 0) FROM {schema}.mt_events", cancellation);
        var tables = models.Select(m => DocumentCopy.TableOf(store, m.DocumentType)).ToArray();
        await ExecuteAsync(writing, $"TRUNCATE {string.Join(", ", tables)}", cancellation);
        // Indexes built once over the whole table cost a fraction of keeping them row by row.
        var indexes = await SecondaryIndexesAsync(writing, tables, cancellation);
        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(writing, $"DROP INDEX {name}", cancellation);
        }


        var batches = Channel.CreateBounded<List<RawStream>>(4);
        var documents = Channel.CreateBounded<Dictionary<Type, List<(object, string)>>>(4);
        long events = 0;
        var streams = 0;
        var reading = Task.Run(async () =>
        {
            try
            {
                (events, streams) = await ReadAsync(schema, lastSequence, batches.Writer, progress, cancellation);
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, cancellation);
        var folding = Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellation))
            {
                await documents.Writer.WriteAsync(Fold(batch, models), cancellation);
            }
        }, cancellation))).ContinueWith(t => documents.Writer.Complete(t.Exception), cancellation, TaskContinuationOptions.None, TaskScheduler.Default);

        var written = models.ToDictionary(m => m.DocumentType.Name, _ => 0);
        await foreach (var batch in documents.Reader.ReadAllAsync(cancellation))
        {
            foreach (var (type, docs) in batch)
            {
                written[type.Name] += await DocumentCopy.WriteJsonAsync(writing, store, type, docs, cancellation);
            }
        }

        await reading;
        await folding;
        foreach (var (_, definition) in indexes)
        {
            await ExecuteAsync(writing, definition, cancellation);
        }

        // Statistics of the new rows and of the indexes' expressions, without which the planner guesses at how many
        // ledgers a report's window holds (see LedgerQueries).
        await ExecuteAsync(writing, $"ANALYZE {string.Join(", ", tables)}", cancellation);

        await MarkLedgersCurrentAsync(writing, lastSequence, cancellation);
        await transaction.CommitAsync(cancellation);
        return new RebuildReport(events, streams, written);
    }

    /// <summary>One stream's rows as read: each event's stored type and JSON, in version order.</summary>
    private sealed record RawStream(Guid Id, List<(string DotNetType, byte[] Data)> Events);

    private async Task<(long Events, int Streams)> ReadAsync(
        string schema, long lastSequence, ChannelWriter<List<RawStream>> batches, IProgress<long>? progress, CancellationToken cancellation)
    {
        await using var reading = store.Storage.Database.CreateConnection();
        await reading.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"SELECT stream_id, mt_dotnet_type, data FROM {schema}.mt_events WHERE seq_id <= @last AND type <> 'tombstone' ORDER BY stream_id, version",
            reading);
        command.Parameters.AddWithValue("last", lastSequence);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var batch = new List<RawStream>(StreamsABatch);
        RawStream? stream = null;
        long events = 0;
        var streams = 0;
        while (await reader.ReadAsync(cancellation))
        {
            var id = reader.GetGuid(0);
            if (stream?.Id != id)
            {
                if (batch.Count == StreamsABatch)
                {
                    await batches.WriteAsync(batch, cancellation);
                    progress?.Report(events);
                    batch = new List<RawStream>(StreamsABatch);
                }

                stream = new RawStream(id, []);
                batch.Add(stream);
                streams++;
            }

            stream.Events.Add((reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
            events++;
        }

        await batches.WriteAsync(batch, cancellation);
        progress?.Report(events);
        return (events, streams);
    }

    /// <summary>The documents a batch of streams makes, by type: what each projection's own code makes of each stream.</summary>
    private Dictionary<Type, List<(object, string)>> Fold(List<RawStream> batch, IReadOnlyList<RebuiltReadModel> models)
    {
        var made = models.ToDictionary(m => m.DocumentType, _ => new List<(object, string)>());
        foreach (var stream in batch)
        {
            List<object> events = [.. stream.Events.Select(e => Deserialize(e.DotNetType, e.Data))];
            foreach (var model in models)
            {
                if (model.Rebuild(stream.Id, events) is { } document)
                {
                    made[model.DocumentType].Add((stream.Id, serializer.ToJson(document)));
                }
            }
        }

        return made;
    }

    private object Deserialize(string dotNetType, byte[] json)
    {
        var type = types.GetOrAdd(dotNetType, name => Type.GetType(name, throwOnError: true)!);
        return EventJson.ReadForReadModels(json, type);
    }

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

    /// <summary>Each table's indexes but its primary key: qualified name and the statement that makes it.</summary>
    private static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(NpgsqlConnection connection, string[] tables, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT format('%I.%I', n.nspname, i.relname), pg_get_indexdef(x.indexrelid)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
            WHERE x.indrelid = ANY (SELECT to_regclass(t)::oid FROM unnest(@tables) t) AND NOT x.indisprimary
            """, connection);
        command.Parameters.AddWithValue("tables", tables);
        var indexes = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
