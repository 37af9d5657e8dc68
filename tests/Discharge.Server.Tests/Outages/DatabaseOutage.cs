using Discharge.Benchmarks.Http;
using Discharge.Server.Database;
using Discharge.Server.Tests.Support;
using Npgsql;

namespace Discharge.Server.Tests.Outages;

/// <summary>
/// A PostgreSQL cluster of its own, which the tests stop and start (the shared one must stay up for every other
/// test), and the server executable on it, started while the cluster was still down.
/// </summary>
public sealed class DatabaseOutage : IAsyncLifetime
{
    private LocalPostgresCluster cluster = null!;

    public ServerUnderTest Server { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public int Port => cluster.Port;

    public async Task InitializeAsync()
    {
        // Durable: an immediate shutdown is a crash, and without its commits flushed a throw-away cluster forgets the last ones.
        cluster = await LocalPostgresCluster.StartAsync(durable: true);
        await cluster.CreateDatabaseAsync("outage");
        ConnectionString = cluster.ConnectionStringFor("outage");
        await cluster.StopServerAsync("fast");
        Server = ServerUnderTest.Launch(ConnectionString, new Dictionary<string, string>
        {
            ["Discharge__Identity__SigningKey"] = TestTokens.SigningKey,
        });
        await Eventually.HoldsAsync(() => Server.Log.Any(line => line.Contains("Waiting for database", StringComparison.Ordinal)), "the server says it waits");
        await cluster.StartServerAgainAsync();
        await Server.WaitUntilHealthyAsync();
    }

    public Task StopDatabaseAsync(string mode) => cluster.StopServerAsync(mode);

    public Task StartDatabaseAsync() => cluster.StartServerAgainAsync();

    public HttpClient CreateClient() => new() { BaseAddress = Server.Address };

    /// <summary>The events commands recorded on the stream (not the liability check's, which runs when it will).</summary>
    public Task<long> CommandEventCountAsync(Guid stream) =>
        CountAsync("select count(*) from mt_events where stream_id = @stream and type <> 'liability_started'", stream);

    public Task<long> LiabilityStartedCountAsync(Guid stream) =>
        CountAsync("select count(*) from mt_events where stream_id = @stream and type = 'liability_started'", stream);

    /// <summary>Messages Wolverine gave up on.</summary>
    public Task<long> DeadLetterCountAsync() => CountAsync("select count(*) from wolverine_dead_letters");

    /// <summary>Locks the stream's row in an open transaction, so that the next append to it waits until the hold ends.</summary>
    public async Task<StreamHold> HoldStreamAsync(Guid stream)
    {
        var connection = await OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("select 1 from mt_streams where id = @stream for update", connection, transaction);
        command.Parameters.AddWithValue("stream", stream);
        await command.ExecuteScalarAsync();
        return new StreamHold(connection, transaction, this);
    }

    /// <summary>A transaction holding a stream's row; disposing it lets go (or finds the connection already gone).</summary>
    public sealed class StreamHold(NpgsqlConnection connection, NpgsqlTransaction transaction, DatabaseOutage outage) : IAsyncDisposable
    {
        /// <summary>Another session of the service's database waits for a lock.</summary>
        public async Task<bool> OtherIsWaitingAsync() =>
            await outage.CountAsync("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'") > 0;

        public async ValueTask DisposeAsync()
        {
            try
            {
                await transaction.RollbackAsync();
            }
            catch (NpgsqlException)
            {
                // The server stopped under the hold: its transaction is gone already.
            }

            await connection.DisposeAsync();
        }
    }

    /// <summary>A count, of the events of <paramref name="stream"/> when the query names <c>@stream</c>.</summary>
    private async Task<long> CountAsync(string sql, Guid? stream = null)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (stream is { } id)
        {
            command.Parameters.AddWithValue("stream", id);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        // Unpooled: a pooled connection would have been broken by the restarts.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await cluster.DisposeAsync();
    }
}
