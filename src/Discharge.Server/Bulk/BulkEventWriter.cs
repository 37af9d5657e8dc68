using System.Threading.Channels;
using Discharge.Server.Audit.Chain;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Discharge.Server.Bulk;

/// <summary>
/// Writes whole streams straight into the event store with COPY, a chunk of streams a transaction: the streams, their
/// events (serialized, stamped and chained on every core while the previous chunk is copied in) and their chain heads.
/// For loading a history into a store no service is writing to: the sequence numbers are taken from the store's own
/// sequence, but no other writer's appends are waited for.
/// </summary>
public sealed class BulkEventWriter(IDocumentStore store)
{
    private readonly EventRows rows = new(store);
    private readonly string schema = store.Options.Events.DatabaseSchemaName;

    /// <summary>Writes every chunk of streams in order, each in a transaction of its own; answers how many events.</summary>
    public Task<long> WriteAsync(IEnumerable<IReadOnlyList<StreamImport>> chunks, CancellationToken cancellation) =>
        WriteAsync(chunks, chunk => chunk, null, null, cancellation);

    /// <summary>
    /// Writes every chunk's streams in order, each chunk in a transaction of its own with whatever
    /// <paramref name="alsoInTransaction"/> adds (a note of how far a run got, say); reports after each chunk the events written so far.
    /// </summary>
    public async Task<long> WriteAsync<TChunk>(
        IEnumerable<TChunk> chunks,
        Func<TChunk, IReadOnlyList<StreamImport>> streamsOf,
        Func<NpgsqlConnection, TChunk, CancellationToken, Task>? alsoInTransaction,
        IProgress<long>? progress,
        CancellationToken cancellation)
    {
        // Two chunks prepared ahead at most: memory stays a few chunks whatever the history's length.
        var prepared = Channel.CreateBounded<(TChunk Chunk, StreamRows[] Rows)>(2);
        var preparing = Task.Run(async () =>
        {
            try
            {
                foreach (var chunk in chunks)
                {
                    var streams = streamsOf(chunk);
                    var chunkRows = new StreamRows[streams.Count];
                    Parallel.For(0, streams.Count, new ParallelOptions { CancellationToken = cancellation }, i => chunkRows[i] = rows.Of(streams[i]));
                    await prepared.Writer.WriteAsync((chunk, chunkRows), cancellation);
                }

                prepared.Writer.Complete();
            }
            catch (Exception e)
            {
                prepared.Writer.Complete(e);
            }
        }, cancellation);

        await using var connection = BulkConnection.Of(store);
        await connection.OpenAsync(cancellation);
        long written = 0;
        await foreach (var (chunk, chunkRows) in prepared.Reader.ReadAllAsync(cancellation))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            written += await CopyAsync(connection, chunkRows, cancellation);
            if (alsoInTransaction is not null)
            {
                await alsoInTransaction(connection, chunk, cancellation);
            }

            await transaction.CommitAsync(cancellation);
            progress?.Report(written);
        }

        await preparing;
        return written;
    }

    internal async Task<long> CopyAsync(NpgsqlConnection connection, StreamRows[] streams, CancellationToken cancellation)
    {
        var count = streams.Sum(s => s.Events.Count);
        var sequence = await SequenceNumbersAsync(connection, count, cancellation);

        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.mt_streams (id, version, timestamp, created) FROM STDIN (FORMAT BINARY)", cancellation))
        {
            foreach (var stream in streams)
            {
                await copy.StartRowAsync(cancellation);
                await copy.WriteAsync(stream.Id, NpgsqlDbType.Uuid, cancellation);
                await copy.WriteAsync(stream.Head.Version, NpgsqlDbType.Bigint, cancellation);
                await copy.WriteAsync(stream.Events[^1].Timestamp.ToDateTimeUtc(), NpgsqlDbType.TimestampTz, cancellation);
                await copy.WriteAsync(stream.Events[0].Timestamp.ToDateTimeUtc(), NpgsqlDbType.TimestampTz, cancellation);
            }

            await copy.CompleteAsync(cancellation);
        }

        var next = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type, correlation_id, headers) FROM STDIN (FORMAT BINARY)",
            cancellation))
        {
            foreach (var e in streams.SelectMany(s => s.Events))
            {
                await copy.StartRowAsync(cancellation);
                await copy.WriteAsync(sequence[next++], NpgsqlDbType.Bigint, cancellation);
                await copy.WriteAsync(e.Id, NpgsqlDbType.Uuid, cancellation);
                await copy.WriteAsync(e.StreamId, NpgsqlDbType.Uuid, cancellation);
                await copy.WriteAsync(e.Version, NpgsqlDbType.Bigint, cancellation);
                await copy.WriteAsync(e.DataJson, NpgsqlDbType.Jsonb, cancellation);
                await copy.WriteAsync(e.Type, NpgsqlDbType.Varchar, cancellation);
                await copy.WriteAsync(e.Timestamp.ToDateTimeUtc(), NpgsqlDbType.TimestampTz, cancellation);
                await copy.WriteAsync(e.DotNetType, NpgsqlDbType.Varchar, cancellation);
                await copy.WriteAsync(e.CorrelationId, NpgsqlDbType.Varchar, cancellation);
                await copy.WriteAsync(e.HeadersJson, NpgsqlDbType.Jsonb, cancellation);
            }

            await copy.CompleteAsync(cancellation);
        }

        await DocumentCopy.WriteAsync(connection, store, typeof(StreamChainHead), streams.Select(s => ((object)s.Id, (object)s.Head)), cancellation);
        return count;
    }

    /// <summary>As many numbers of the store's event sequence as there are events, in one round trip.</summary>
    private async Task<long[]> SequenceNumbersAsync(NpgsqlConnection connection, int count, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"SELECT nextval('{schema}.mt_events_sequence') FROM generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("count", count);
        var numbers = new long[count];
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        for (var i = 0; await reader.ReadAsync(cancellation); i++)
        {
            numbers[i] = reader.GetInt64(0);
        }

        return numbers;
    }
}
