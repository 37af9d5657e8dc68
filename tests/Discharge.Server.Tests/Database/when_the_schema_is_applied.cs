using Discharge.Server.Reporting;
using Discharge.Server.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weasel.Core;

namespace Discharge.Server.Tests.Database;

/// <summary>The service applies its schema when it starts: the database then holds exactly what it expects.</summary>
public sealed class when_the_schema_is_applied(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task a_restart_would_find_nothing_to_change()
    {
        var migration = await server.Host.Services.GetRequiredService<IDocumentStore>().Storage.Database.CreateMigrationAsync();

        migration.Difference.Should().Be(SchemaPatchDifference.None,
            $"these would be rebuilt on every start: {string.Join(", ", migration.Deltas.Where(d => d.Difference != SchemaPatchDifference.None).Select(d => d.SchemaObject.Identifier))}");
    }

    [Fact]
    public async Task a_report_window_is_found_through_the_days_index()
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using (var noTableScans = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await noTableScans.ExecuteNonQueryAsync();
        }

        var window = LedgerQueries.OverlapsWindow;
        window = ReplaceFirst(ReplaceFirst(window, "'2004-02-01'"), "'2004-01-01'");
        await using var explain = new NpgsqlCommand($"EXPLAIN SELECT id FROM mt_doc_episodedelayledger WHERE {window}", connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        string.Join('\n', plan).Should().Contain("mt_doc_episodedelayledger_idx_days");
    }

    private static string ReplaceFirst(string sql, string value)
    {
        var at = sql.IndexOf('?');
        return sql[..at] + value + sql[(at + 1)..];
    }
}
