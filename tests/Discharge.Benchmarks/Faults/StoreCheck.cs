using System.Text.RegularExpressions;
using Discharge.Benchmarks.Http;
using Npgsql;

namespace Discharge.Benchmarks.Faults;

/// <summary>What one fault's commands left in the store, against what was acknowledged.</summary>
internal sealed record FaultOutcome(string Fault, int Acknowledged, int Lost, int Duplicated, int EpisodesWithoutNotice, int NoticesRepeated)
{
    public bool Clean => Lost == 0 && Duplicated == 0 && EpisodesWithoutNotice == 0 && NoticesRepeated == 0;

    public override string ToString() =>
        $"{Fault,-20} acknowledged {Acknowledged}, lost {Lost}, duplicated {Duplicated}; liability-started notices missing {EpisodesWithoutNotice}, repeated {NoticesRepeated}";
}

/// <summary>
/// Reads the events and the councils' notifications of a fault's episodes straight from the database, and compares
/// them with the commands acknowledged: every acknowledged command's event is there once, and every episode (its
/// patient still in hospital when its relevant day ended) has had its liability check record one liability-started
/// event and one notice.
/// </summary>
internal static partial class StoreCheck
{
    private const string LiabilityStarted = "liability_started";

    public static async Task<FaultOutcome> CompareAsync(string connectionString, string fault, int firstEpisode, bool[][] acknowledged)
    {
        var ids = Enumerable.Range(firstEpisode, acknowledged.Length).Select(NoticeLoad.EpisodeId).ToArray();
        var events = await CountsAsync(connectionString, "SELECT stream_id, type, count(*) FROM mt_events WHERE stream_id = ANY(@ids) GROUP BY 1, 2", ids);
        var notices = await CountsAsync(connectionString,
            "SELECT (data->>'episodeId')::uuid, 'notice', count(*) FROM mt_doc_councilnotification WHERE (data->>'episodeId')::uuid = ANY(@ids) GROUP BY 1", ids);

        int acknowledgedCount = 0, lost = 0, duplicated = 0, withoutNotice = 0, repeated = 0;
        for (var i = 0; i < acknowledged.Length; i++)
        {
            var episode = ids[i];
            for (var step = 0; step < NoticeLoad.CommandsPerEpisode; step++)
            {
                var recorded = events.GetValueOrDefault((episode, TypeName(NoticeLoad.Event(firstEpisode + i, step).GetType())));
                acknowledgedCount += acknowledged[i][step] ? 1 : 0;
                lost += acknowledged[i][step] && recorded == 0 ? 1 : 0;
                duplicated += Math.Max(0, recorded - 1);
            }

            var started = events.GetValueOrDefault((episode, LiabilityStarted));
            var noticed = notices.GetValueOrDefault((episode, "notice"));
            withoutNotice += started == 0 || noticed == 0 ? 1 : 0;
            repeated += Math.Max(0, started - 1) + Math.Max(0, noticed - 1);
        }

        return new FaultOutcome(fault, acknowledgedCount, lost, duplicated, withoutNotice, repeated);
    }

    /// <summary>The messages Wolverine gave up on, by type and exception, or "none".</summary>
    public static async Task<string> DeadLettersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT coalesce(string_agg(concat_ws(' ', n, message_type, exception_type, exception_message), '; '), 'none')
            FROM (SELECT message_type, exception_type, left(exception_message, 300) AS exception_message, count(*) AS n
                  FROM wolverine_dead_letters GROUP BY 1, 2, 3) d
            """, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "none";
    }

    /// <summary>Marten's alias of an event type: its name in snake case.</summary>
    private static string TypeName(Type type) => WordStart().Replace(type.Name, "_$1").ToLowerInvariant();

    private static async Task<Dictionary<(Guid, string), int>> CountsAsync(string connectionString, string sql, Guid[] ids)
    {
        // Unpooled: a pooled connection may have been broken by a database restart.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        var counts = new Dictionary<(Guid, string), int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[(reader.GetGuid(0), reader.GetString(1))] = (int)reader.GetInt64(2);
        }

        return counts;
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
