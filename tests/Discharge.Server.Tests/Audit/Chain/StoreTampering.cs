using Npgsql;

namespace Discharge.Server.Tests.Audit.Chain;

/// <summary>
/// Edits a stream's rows of <c>mt_events</c> in SQL, as someone with the database's password could, and puts them back
/// when disposed, so that the other tests of the class find the store as it was.
/// </summary>
public sealed class StoreTampering : IAsyncDisposable
{
    private readonly string connectionString;
    private readonly Guid stream;
    private readonly string backup = $"tampered_{Guid.NewGuid():N}";

    private StoreTampering(string connectionString, Guid stream)
    {
        this.connectionString = connectionString;
        this.stream = stream;
    }

    /// <summary>Runs <paramref name="sql"/>, in which <c>@stream</c> is the stream and <c>@version</c> the version named.</summary>
    public static async Task<StoreTampering> EditAsync(string connectionString, Guid stream, long version, string sql)
    {
        var tampering = new StoreTampering(connectionString, stream);
        await tampering.ExecuteAsync($"create table {tampering.backup} as select * from mt_events where stream_id = @stream", version);
        (await tampering.ExecuteAsync(sql, version)).Should().BePositive("the tampering must touch a row");
        return tampering;
    }

    /// <summary>The sequence number of an event, read before it is tampered with.</summary>
    public static async Task<long> SequenceOfAsync(string connectionString, Guid stream, long version)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select seq_id from mt_events where stream_id = @stream and version = @version", connection);
        command.Parameters.AddWithValue("stream", stream);
        command.Parameters.AddWithValue("version", version);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync() =>
        await ExecuteAsync($"delete from mt_events where stream_id = @stream; insert into mt_events select * from {backup}; drop table {backup}", 0);

    private async Task<int> ExecuteAsync(string sql, long version)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("stream", stream);
        command.Parameters.AddWithValue("version", version);
        return await command.ExecuteNonQueryAsync();
    }
}
