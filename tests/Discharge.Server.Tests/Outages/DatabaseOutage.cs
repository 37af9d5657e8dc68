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
    public async Task<long> CommandEventCountAsync(Guid stream)
    {
        // Unpooled: a pooled connection would have been broken by the restarts.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from mt_events where stream_id = @stream and type <> 'liability_started'", connection);
        command.Parameters.AddWithValue("stream", stream);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await cluster.DisposeAsync();
    }
}
