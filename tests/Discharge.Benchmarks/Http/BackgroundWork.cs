using System.Diagnostics;
using Npgsql;

namespace Discharge.Benchmarks.Http;

/// <summary>
/// The work a server still owes after answering: events not yet projected by the daemon, messages scheduled or
/// queued but not handled. Rounds start only once it is done, so that neither path is timed while the other's
/// leftovers share the machine.
/// </summary>
internal static class BackgroundWork
{
    private const string Outstanding = """
        SELECT (SELECT count(*) FROM wolverine_incoming_envelopes WHERE status <> 'Handled')
             + (SELECT count(*) FROM wolverine_outgoing_envelopes)
             + CASE WHEN (SELECT coalesce(max(seq_id), 0) FROM mt_events)
                       > (SELECT coalesce(min(last_seq_id), 0) FROM mt_event_progression WHERE name LIKE 'EpisodeDelayLedger%')
                    THEN 1 ELSE 0 END
        """;

    /// <summary>Waits until nothing is outstanding, and returns how long that took.</summary>
    public static async Task<TimeSpan> WaitUntilDoneAsync(string connectionString)
    {
        var waited = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(Outstanding, connection);
        while ((long)(await query.ExecuteScalarAsync() ?? 0L) > 0)
        {
            if (waited.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("The server still had work outstanding five minutes after its last answer.");
            }

            await Task.Delay(100);
        }

        return waited.Elapsed;
    }
}
