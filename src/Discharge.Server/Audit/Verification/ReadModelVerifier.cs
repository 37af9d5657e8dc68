using Discharge.Domain.Rules;
using Discharge.Server.Reporting;
using Discharge.Server.Statements;
using Marten;
using Npgsql;

namespace Discharge.Server.Audit.Verification;

/// <summary>A read-model document that is not what the events make: <c>missing</c>, <c>unexpected</c> or <c>differs</c>.</summary>
public sealed record ReadModelDifference(string Document, string Id, string Problem);

public sealed record ReadModelVerification(int StreamsRead, int DocumentsRebuilt, IReadOnlyList<ReadModelDifference> Differences)
{
    public bool Clean => Differences.Count == 0;
}

/// <summary>
/// Rebuilds every read model from the events, with the projections' own code, into the schema
/// <see cref="Schema"/> (one table of documents, left there for an auditor to inspect), and compares it with the live
/// documents, document by document, as stored JSON; then the figures kept beside them (<see cref="KeptFiguresCheck"/>).
/// Reads the live store and writes nothing else.
/// </summary>
public sealed class ReadModelVerifier(IDocumentStore store, DischargeRules rules)
{
    public const string Schema = "discharge_verify";

    /// <summary>An advisory lock's key of our own ("DVERIFY" in ASCII), held while a verification runs.</summary>
    private const long AdvisoryLock = 0x44564552494659;

    private const int StreamsAPage = 500;

    public async Task<ReadModelVerification> RunAsync(CancellationToken cancellation)
    {
        // The delay ledgers are kept by the async daemon: compare them once they have taken in every event so far.
        await LedgerCatchUp.WaitAsync(store, cancellation);
        var readModels = RebuiltReadModel.All(rules);
        await using var session = store.QuerySession();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        // One verification at a time, across servers: each empties and refills the one table. Released with the connection.
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLock})", cancellation);
        await ExecuteAsync(connection, $"""
            CREATE SCHEMA IF NOT EXISTS {Schema};
            CREATE TABLE IF NOT EXISTS {Schema}.rebuilt (document text NOT NULL, id text NOT NULL, data jsonb NOT NULL, PRIMARY KEY (document, id));
            TRUNCATE {Schema}.rebuilt;
            """, cancellation);

        var streams = await session.AdvancedSql.QueryAsync<Guid>($"select id from {store.Options.Events.DatabaseSchemaName}.mt_streams order by id", cancellation);
        var serializer = store.Options.Serializer();
        var rebuilt = 0;
        // A page of streams a query, so that neither the round trips nor the memory grow with the store.
        foreach (var page in streams.Chunk(StreamsAPage))
        {
            foreach (var (stream, events) in await EpisodeStreams.ReadManyAsync(session, page, cancellation))
            {
                foreach (var model in readModels)
                {
                    if (model.Rebuild(stream, [.. events.Select(e => e.Data)]) is { } document)
                    {
                        await ExecuteAsync(connection, $"INSERT INTO {Schema}.rebuilt VALUES (@document, @id, @data::jsonb)", cancellation,
                            ("document", model.DocumentType.Name), ("id", stream.ToString()), ("data", serializer.ToJson(document)));
                        rebuilt++;
                    }
                }
            }
        }

        var differences = new List<ReadModelDifference>();
        foreach (var model in readModels)
        {
            differences.AddRange(await CompareAsync(connection, model.DocumentType, cancellation));
        }

        differences.AddRange(await KeptFiguresCheck.RunAsync(connection, store.Options, cancellation));

        return new ReadModelVerification(streams.Count, rebuilt, differences);
    }

    /// <summary>Every live document of the type that is missing, unexpected or different, compared as JSON values (key order aside).</summary>
    private async Task<IEnumerable<ReadModelDifference>> CompareAsync(NpgsqlConnection connection, Type documentType, CancellationToken cancellation)
    {
        var live = store.Options.FindOrResolveDocumentType(documentType).TableName.QualifiedName;
        await using var command = new NpgsqlCommand($"""
            SELECT coalesce(r.id, l.id::text), CASE WHEN l.id IS NULL THEN 'missing' WHEN r.id IS NULL THEN 'unexpected' ELSE 'differs' END
            FROM (SELECT id, data FROM {Schema}.rebuilt WHERE document = @document) r
            FULL OUTER JOIN {live} l ON l.id::text = r.id
            WHERE l.data IS DISTINCT FROM r.data
            ORDER BY 1
            """, connection);
        command.Parameters.AddWithValue("document", documentType.Name);
        var differences = new List<ReadModelDifference>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            differences.Add(new ReadModelDifference(documentType.Name, reader.GetString(0), reader.GetString(1)));
        }

        return differences;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellation);
    }
}
