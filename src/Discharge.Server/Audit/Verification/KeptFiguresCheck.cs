using Discharge.Server.Reporting.Kept;
using Marten;
using Npgsql;

namespace Discharge.Server.Audit.Verification;

/// <summary>
/// The kept figures against what they are kept from: each live ledger's rows (<see cref="DelayRuns"/>) and stretches
/// (<see cref="DelayStretches"/>) against what its stored JSON makes, each council's months (<see cref="DelayMonths"/>)
/// against the sums of those rows, and the notices' rows and counts (<see cref="NoticeDays"/>) against the event table. Each difference names
/// the episode, the council and month, or the council and day, whose rows differ.
/// </summary>
internal static class KeptFiguresCheck
{
    public static async Task<IReadOnlyList<ReadModelDifference>> RunAsync(NpgsqlConnection connection, IReadOnlyStoreOptions options, CancellationToken cancellation)
    {
        var schema = options.DatabaseSchemaName;
        var differences = new List<ReadModelDifference>();
        differences.AddRange(await DifferingAsync(connection, DelayRuns.Table, "episode_id::text", All(DelayRuns.TableIn(options)), DelayRuns.RowsOfLedgers(schema), cancellation));
        differences.AddRange(await DifferingAsync(connection, DelayStretches.Table, "episode_id::text", All(DelayStretches.TableIn(options)), DelayStretches.RowsOfLedgers(schema), cancellation));
        // A month whose figures all went is kept at nought, where the ledgers have no row.
        differences.AddRange(await DifferingAsync(
            connection, DelayMonths.Table, "council || ' ' || to_char(month, 'YYYY-MM')",
            $"{All(DelayMonths.TableIn(options))} WHERE {DelayMonths.NotNought}", DelayMonths.RowsOfLedgers(schema), cancellation));
        differences.AddRange(await DifferingAsync(connection, NoticeDays.Table, "council || ' ' || day", NoticeDays.KeptCounts(options), NoticeDays.CountsOfEvents(options), cancellation));
        return differences;
    }

    private static string All(string table) => $"SELECT * FROM {table}";

    /// <summary>The keys of the rows that one side holds more often than the other (rows compared whole, as multisets).</summary>
    private static async Task<List<ReadModelDifference>> DifferingAsync(
        NpgsqlConnection connection, string name, string key, string rowsKept, string rowsMade, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"""
             WITH made AS ({rowsMade}), kept AS ({rowsKept})
             SELECT DISTINCT {key} FROM ((SELECT * FROM made EXCEPT ALL SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT ALL SELECT * FROM made)) d
             ORDER BY 1
             """, connection);
        var differences = new List<ReadModelDifference>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            differences.Add(new ReadModelDifference(name, reader.GetString(0), "differs"));
        }

        return differences;
    }
}
