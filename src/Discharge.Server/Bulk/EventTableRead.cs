using System.Text;
using System.Threading.Channels;
using Marten;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>A range of stream ids, from (inclusive) until (exclusive); an open end is null.</summary>
internal sealed record StreamRange(Guid? From, Guid? Until);

/// <summary>
/// Reads the event table for the read models: each event's stream, stored .NET type and JSON, whole streams in stream
/// order, up to a sequence number, through a binary COPY; a store's streams can be read in several ranges at once, each
/// on a connection of its own.
/// </summary>
internal static class EventTableRead
{
    /// <summary>About so many events a batch: big enough that handing one over costs nothing, small enough to keep a few in flight.</summary>
    private const int EventsABatch = 16_000;

    /// <summary>Room for a batch's events: it ends with the first stream that takes it past <see cref="EventsABatch"/>.</summary>
    private const int BatchCapacity = EventsABatch + 1024;

    /// <summary>The COPY that reads one range's events, each event's <paramref name="data"/> (its JSON, or an expression of the columns).</summary>
    public static string CopySql(string schema, long lastSequence, StreamRange range, string data = "data")
    {
        var within = (range.From is { } from ? $" AND stream_id >= '{from}'" : "") + (range.Until is { } until ? $" AND stream_id < '{until}'" : "");
        return $"COPY (SELECT stream_id, mt_dotnet_type, {data} FROM {schema}.mt_events WHERE seq_id <= {lastSequence} AND type <> 'tombstone'{within} ORDER BY stream_id, version) TO STDOUT (FORMAT BINARY)";
    }

    /// <summary>
    /// A connection of the store's opened to read with (<see cref="BulkConnection"/>): in stream order through the table's
    /// index of streams, on that connection alone.
    /// Left to itself, the planner can weigh the index against a scan of the table, sorted (on disk, for a store of any
    /// size) by parallel workers: on the national year it turned to that when the read asked for less of each event's JSON,
    /// and read slower. Nor is the query compiled first (PostgreSQL's JIT, which its cost calls for on a large store): a read
    /// of every row gained nothing from it (the national year on one connection: 9.8-9.9 s without, 10.0-11.0 s with).
    /// </summary>
    public static async Task<NpgsqlConnection> OpenForReadingAsync(IDocumentStore store, CancellationToken cancellation)
    {
        var connection = BulkConnection.Of(store);
        try
        {
            await connection.OpenAsync(cancellation);
            await using var command = new NpgsqlCommand("SET enable_sort = off; SET max_parallel_workers_per_gather = 0; SET jit = off", connection);
            await command.ExecuteNonQueryAsync(cancellation);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The streams split into about <paramref name="parts"/> ranges of as many streams each, from a sample of their ids
    /// (all of them in a small store): the ranges' reads then end at about the same time.
    /// </summary>
    public static async Task<IReadOnlyList<StreamRange>> RangesAsync(NpgsqlConnection connection, string schema, int parts, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"""
             SELECT DISTINCT unnest(percentile_disc(@fractions) WITHIN GROUP (ORDER BY id)) AS bound
             FROM {schema}.mt_streams TABLESAMPLE SYSTEM ((SELECT least(100, 100 * 50000 / greatest(reltuples, 1)) FROM pg_class WHERE oid = '{schema}.mt_streams'::regclass))
             ORDER BY bound
             """, connection);
        command.Parameters.AddWithValue("fractions", Enumerable.Range(1, parts - 1).Select(i => (double)i / parts).ToArray());
        var bounds = new List<Guid?> { null };
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                bounds.Add(reader.GetGuid(0));
            }
        }

        bounds.Add(null);
        return [.. bounds.Zip(bounds.Skip(1), (from, until) => new StreamRange(from, until))];
    }

    /// <summary>Reads one range's events into batches of whole streams; answers how many events and streams.</summary>
    public static async Task<(long Events, int Streams)> ReadAsync(
        NpgsqlConnection connection, string sql, ChannelWriter<StreamBatch> batches, CancellationToken cancellation)
    {
        var types = new List<(byte[] Name, Type Type)>();
        await using var copy = await connection.BeginRawBinaryCopyAsync(sql, cancellation);
        var rows = new BinaryCopyRows(copy, fields: 3);
        var batch = new StreamBatch(BatchCapacity);
        long events = 0;
        var streams = 0;
        Guid? stream = null;
        try
        {
            while (await rows.NextAsync(cancellation))
            {
                var id = new Guid(rows[0], bigEndian: true);
                if (stream != id)
                {
                    if (batch.Events >= EventsABatch)
                    {
                        await batches.WriteAsync(batch, cancellation);
                        batch = new StreamBatch(BatchCapacity);
                    }

                    batch.StartStream(id);
                    stream = id;
                    streams++;
                }

                // NULL (empty) when the read asks for none of the event's data.
                var data = rows[2];
                if (data is not ([] or [BinaryCopy.JsonbVersion, ..]))
                {
                    throw new InvalidDataException($"An event of stream {id} is not jsonb of version {BinaryCopy.JsonbVersion}.");
                }

                batch.AddEvent(TypeOf(types, rows[1]), data.IsEmpty ? data : data[1..]);
                events++;
            }

            await batches.WriteAsync(batch, cancellation);
            return (events, streams);
        }
        catch
        {
            batch.Dispose();
            throw;
        }
    }

    /// <summary>The type a stored .NET type name names; a short list, as an event table holds a few kinds of event.</summary>
    private static Type TypeOf(List<(byte[] Name, Type Type)> known, ReadOnlySpan<byte> name)
    {
        foreach (var (knownName, type) in known)
        {
            if (name.SequenceEqual(knownName))
            {
                return type;
            }
        }

        var named = Type.GetType(Encoding.UTF8.GetString(name), throwOnError: true)!;
        known.Add((name.ToArray(), named));
        return named;
    }
}
