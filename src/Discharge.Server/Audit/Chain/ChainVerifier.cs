using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;

namespace Discharge.Server.Audit.Chain;

/// <summary>
/// Recomputes every stream's chain from the rows themselves (not through Marten's reading of them) and checks each
/// stream's end against its <see cref="StreamChainHead"/>. Reads only: it never creates or changes a table.
/// </summary>
public sealed class ChainVerifier(IDocumentStore store)
{
    public async Task<ChainReport> VerifyAsync(CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        var heads = await ReadHeadsAsync(connection, cancellation);
        var digest = Digest(heads.Values);
        var breaks = new List<ChainBreak>();
        long events = 0;
        var streams = 0;

        StreamWalk? walk = null;
        await foreach (var row in ReadEventsAsync(connection, cancellation))
        {
            events++;
            if (walk?.StreamId != row.Content.StreamId)
            {
                Finish(walk, heads, breaks);
                walk = new StreamWalk(row.Content.StreamId);
                streams++;
            }

            walk.Take(row);
        }

        Finish(walk, heads, breaks);
        // What is left of the heads are streams with no event left at all.
        breaks.AddRange(heads.Values.Select(h => new ChainBreak(null, h.Id, $"all its {h.Version} events are missing (its head records version {h.Version})")));
        return new ChainReport(events, streams, [.. breaks.OrderBy(b => b.Sequence ?? long.MaxValue).ThenBy(b => b.StreamId)], digest);
    }

    private static void Finish(StreamWalk? walk, Dictionary<Guid, StreamChainHead> heads, List<ChainBreak> breaks)
    {
        if (walk is null)
        {
            return;
        }

        heads.Remove(walk.StreamId, out var head);
        if ((walk.Break ?? walk.AgainstHead(head)) is { } found)
        {
            breaks.Add(found);
        }
    }

    /// <summary>
    /// A digest of every stream's head, printed with a clean result. The chain is keyed by nothing secret, so someone
    /// who can write to the database and knows the scheme could rewrite it whole; a digest an auditor keeps elsewhere
    /// and compares on the next run shows that too.
    /// </summary>
    private static string Digest(IEnumerable<StreamChainHead> heads)
    {
        var lines = heads.OrderBy(h => h.Id).Select(h => $"{h.Id:D} {h.Version} {h.Hash}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines))));
    }

    private async Task<Dictionary<Guid, StreamChainHead>> ReadHeadsAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        var table = store.Options.FindOrResolveDocumentType(typeof(StreamChainHead)).TableName.QualifiedName;
        var heads = new Dictionary<Guid, StreamChainHead>();
        if (!await ExistsAsync(connection, table, cancellation))
        {
            return heads;
        }

        await using var command = new NpgsqlCommand($"select id, (data ->> 'version')::bigint, data ->> 'hash' from {table}", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var head = new StreamChainHead { Id = reader.GetGuid(0), Version = reader.GetInt64(1), Hash = reader.GetString(2) };
            heads[head.Id] = head;
        }

        return heads;
    }

    private async IAsyncEnumerable<StoredEvent> ReadEventsAsync(
        NpgsqlConnection connection, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var table = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
        if (!await ExistsAsync(connection, table, cancellation))
        {
            yield break;
        }

        // Tombstones are Marten's own fillers for sequence numbers a failed transaction used; an event turned into one
        // leaves a gap in its stream's versions, which is reported.
        await using var command = new NpgsqlCommand(
            $"""
             select seq_id, stream_id, version, id, type, data::text, headers::text, correlation_id, causation_id
             from {table} where type <> 'tombstone' order by stream_id, version, seq_id
             """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var headers = reader.IsDBNull(6) ? null : reader.GetString(6);
            var content = new EventContent(
                reader.GetGuid(1), reader.GetInt64(2), reader.GetGuid(3), reader.GetString(4), reader.GetString(5), headers,
                Text(reader, 7), Text(reader, 8));
            yield return new StoredEvent(reader.GetInt64(0), content, StoredHash.Of(headers));
        }
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("select to_regclass(@table) is not null", connection);
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync(cancellation))!;
    }
}
