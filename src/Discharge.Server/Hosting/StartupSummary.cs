using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using JasperFx.Events.Daemon;
using Npgsql;

namespace Discharge.Server.Hosting;

/// <summary>One line, once the server listens: where, on which database (never its credentials), with which daemon.</summary>
internal static partial class StartupSummary
{
    public static void LogSummaryWhenStarted(this WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = new NpgsqlConnectionStringBuilder(app.Configuration.GetConnectionString(LocalDatabase.ConnectionStringName));
        var daemonMode = DischargeServices.ProjectionDaemon(app.Configuration);
        LogStarted(app.Logger, addresses, database.Database, database.Host, database.Port, daemonMode);
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Discharge listening on {Addresses}; database {Database} on {Host}:{Port}; projection daemon {DaemonMode}")]
    private static partial void LogStarted(ILogger logger, IEnumerable<string> addresses, string? database, string? host, int port, DaemonMode daemonMode);
}
