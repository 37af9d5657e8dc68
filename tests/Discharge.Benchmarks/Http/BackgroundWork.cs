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
    /// <summary>The last event the delay ledgers' shard has projected.</summary>
    private const string LedgersProjectedTo = "(SELECT coalesce(min(last_seq_id), 0) FROM mt_event_progression WHERE name LIKE 'EpisodeDelayLedger%')";

    private const string Outstanding = $"""
        SELECT (SELECT count(*) FROM wolverine_incoming_envelopes WHERE status <> 'Handled')
             + (SELECT count(*) FROM wolverine_outgoing_envelopes)
             + CASE WHEN (SELECT coalesce(max(seq_id), 0) FROM mt_events)
                       > {LedgersProjectedTo}
                    THEN 1 ELSE 0 END
        """;

    /// <summary>How old the oldest event the delay ledgers' shard has yet to project is; nothing when it has projected them all.</summary>
    private const string DaemonBehind = $"""
        SELECT coalesce(extract(epoch FROM now() - (SELECT timestamp FROM mt_events
            WHERE seq_id > {LedgersProjectedTo}
            ORDER BY seq_id LIMIT 1)), 0)::float8
        """;

    /// <summary>The daemon keeps up when no event waits longer than this (one poll of scheduled messages) to be projected.</summary>
    public static readonly TimeSpan KeepingUp = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How far behind the newest events the daemon fell while <paramref name="load"/> ran: the age of the oldest event
    /// not yet projected, read every 100 ms, at its largest.
    /// </summary>
    public static async Task<TimeSpan> LargestDaemonLagWhileAsync(string connectionString, Task load)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(DaemonBehind, connection);
        var largest = 0d;
        while (!load.IsCompleted)
        {
            largest = Math.Max(largest, (double)(await query.ExecuteScalarAsync() ?? 0d));
            await Task.WhenAny(load, Task.Delay(100));
        }

        await load;
        return TimeSpan.FromSeconds(largest);
    }

    /// <summary>Waits until nothing is outstanding, and returns how long that took.</summary>
    public static async Task<TimeSpan> WaitUntilDoneAsync(string connectionString, TimeSpan? within = null)
    {
        var waited = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(Outstanding, connection);
        while ((long)(await query.ExecuteScalarAsync() ?? 0L) > 0)
        {
            if (waited.Elapsed > (within ?? TimeSpan.FromMinutes(5)))
            {
                throw new TimeoutException($"The server still had work outstanding {waited.Elapsed:m\\:ss} after its last answer: {await DescribeAsync(connection)}.");
            }

            await Task.Delay(100);
        }

        return waited.Elapsed;
    }

    private static async Task<string> DescribeAsync(NpgsqlConnection connection)
    {
        await using var query = new NpgsqlCommand("""
            SELECT concat_ws('; ',
                'incoming ' || coalesce((SELECT string_agg(status || ' owned by ' || owner_id || ': ' || n, ', ')
                    FROM (SELECT status, owner_id, count(*) AS n FROM wolverine_incoming_envelopes WHERE status <> 'Handled' GROUP BY 1, 2) e), 'none'),
                'outgoing ' || (SELECT count(*) FROM wolverine_outgoing_envelopes),
                'events ' || (SELECT coalesce(max(seq_id), 0) FROM mt_events),
                'projected ' || coalesce((SELECT string_agg(name || ' ' || last_seq_id, ', ') FROM mt_event_progression), 'nothing'))
            """, connection);
        return (await query.ExecuteScalarAsync())?.ToString() ?? "";
    }
}
