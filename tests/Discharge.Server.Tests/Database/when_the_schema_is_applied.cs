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
        var plan = await PlanAsync(Bind(LedgerQueries.OverlapsWindow, "'2004-01-01'", "'2004-02-01'"));

        plan.Should().Contain("mt_doc_episodedelayledger_idx_days");
    }

    [Fact]
    public async Task a_councils_ledgers_are_found_through_the_councils_index()
    {
        var plan = await PlanAsync(Bind(LedgerQueries.HasCouncil, "'[\"E06000015\"]'"));

        plan.Should().Contain("mt_doc_episodedelayledger_idx_councils_gin");
    }

    /// <summary>The plan of a ledger query with table scans ruled out: an index the condition cannot use is not in it.</summary>
    private async Task<string> PlanAsync(string condition)
    {
        await using var connection = await server.OpenDatabaseAsync();
        await using (var noTableScans = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await noTableScans.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand($"EXPLAIN SELECT id FROM mt_doc_episodedelayledger WHERE {condition}", connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        return string.Join('\n', plan);
    }

    /// <summary>The condition with its parameters (<c>?</c>) replaced by the values, in order.</summary>
    private static string Bind(string sql, params string[] values)
    {
        foreach (var value in values)
        {
            var at = sql.IndexOf('?');
            sql = sql[..at] + value + sql[(at + 1)..];
        }

        return sql;
    }
}
