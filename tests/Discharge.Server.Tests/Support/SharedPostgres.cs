using Discharge.Server.Database;
using Npgsql;

namespace Discharge.Server.Tests.Support;

/// <summary>
/// One PostgreSQL server for the whole test run: the configured one (ConnectionStrings__Marten) or a
/// throw-away local cluster, stopped when the run ends. Each test class gets a database of its own.
/// </summary>
public static class SharedPostgres
{
    private static readonly Lazy<Task<Server>> Instance = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var server = await Instance.Value;
        var name = $"{prefix.ToLowerInvariant()}_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<Server> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Marten");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Server(configured);
        }

        var cluster = await LocalPostgresCluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return new Server(cluster.ConnectionString);
    }

    private sealed record Server(string AdminConnectionString);
}
