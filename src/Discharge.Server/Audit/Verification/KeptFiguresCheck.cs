using Discharge.Server.Reporting.Kept;
using Marten;
using Npgsql;

namespace Discharge.Server.Audit.Verification;

/// <summary>
/// The kept figures against what they are kept from: each live ledger's rows (<see cref="DelayDays"/>) against what its
/// stored JSON makes, and the notices' rows (<see cref="NoticeDays"/>) against the event table. Each difference names
/// the episode, or the council and day, whose rows differ.
/// </summary>
internal static class KeptFiguresCheck
{
    public static async Task<IReadOnlyList<ReadModelDifference>> RunAsync(NpgsqlConnection connection, IReadOnlyStoreOptions options, CancellationToken cancellation)
    {
        var differences = new List<ReadModelDifference>();
        differences.AddRange(await DifferingAsync(connection, DelayDays.Table, "episode_id::text", DelayDays.TableIn(options), DelayDays.RowsOfLedgers(options), cancellation));
        differences.AddRange(await DifferingAsync(connection, NoticeDays.Table, "council || ' ' || day", NoticeDays.TableIn(options), NoticeDays.RowsOfEvents(options), cancellation));
        return differences;
    }

    /// <summary>The keys of the rows that one side holds more often than the other (rows compared whole, as multisets).</summary>
    private static async Task<List<ReadModelDifference>> DifferingAsync(
        NpgsqlConnection connection, string name, string key, string table, string rowsMade, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"""
             WITH made AS ({rowsMade}), kept AS (SELECT * FROM {table})
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
