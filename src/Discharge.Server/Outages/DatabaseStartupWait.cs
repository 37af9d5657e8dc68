using System.Diagnostics;
using Discharge.Server.Hosting;
using Npgsql;

namespace Discharge.Server.Outages;

/// <summary>
/// Before anything else starts (the schema check, the daemon, Wolverine's durability agents), waits while the database
/// is unreachable or still starting up, saying so once, so that a server started beside its database, or during a
/// database restart, comes up once the database does instead of exiting. A fault that waiting cannot mend (a wrong
/// password, a missing database), or a wait past <c>Discharge:DatabaseStartupWait</c>, still stops the start.
/// </summary>
internal sealed partial class DatabaseStartupWait(IConfiguration configuration, ILogger<DatabaseStartupWait> logger) : IHostedLifecycleService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    public static void AddFirst(IServiceCollection services) =>
        // Hosted services start in the order registered: this one must precede Marten's and Wolverine's.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseStartupWait>());

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var connectionString = configuration.GetConnectionString(LocalDatabase.ConnectionStringName);
        var limit = configuration.GetValue("Discharge:DatabaseStartupWait", TimeSpan.FromMinutes(5));
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var waited = Stopwatch.StartNew();
        var said = false;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                if (said)
                {
                    LogAnswered(logger, database.Database, database.Host, database.Port, waited.Elapsed.TotalSeconds);
                }

                return;
            }
            catch (Exception e) when (DatabaseOutage.IsOutage(e) && waited.Elapsed < limit)
            {
                if (!said)
                {
                    LogWaiting(logger, database.Database, database.Host, database.Port, e.GetBaseException().Message, limit);
                    said = true;
                }

                await Task.Delay(Pause, cancellationToken);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for database {Database} on {Host}:{Port}, which does not answer yet ({Reason}); giving up after {Limit}")]
    private static partial void LogWaiting(ILogger logger, string? database, string? host, int port, string reason, TimeSpan limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} on {Host}:{Port} answered after {Seconds:F1} s")]
    private static partial void LogAnswered(ILogger logger, string? database, string? host, int port, double seconds);
}
