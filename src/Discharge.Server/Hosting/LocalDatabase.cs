using Discharge.Server.Database;

namespace Discharge.Server.Hosting;

/// <summary>Starts a throw-away local PostgreSQL when no Marten connection string is configured.</summary>
internal static class LocalDatabase
{
    public const string ConnectionStringName = "Marten";

    /// <summary>Commands that never touch the database need no cluster.</summary>
    private static readonly string[] OfflineCommands = ["codegen", "help", "describe", "check-env"];

    public static async Task<LocalPostgresCluster?> EnsureConfiguredAsync(ConfigurationManager configuration, string[] args)
    {
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName)))
        {
            return null;
        }

        if (IsOffline(args))
        {
            // Marten still needs a syntactically valid connection string to configure itself.
            configuration[$"ConnectionStrings:{ConnectionStringName}"] = "Host=127.0.0.1;Database=discharge";
            return null;
        }

        var cluster = await LocalPostgresCluster.StartAsync();
        configuration[$"ConnectionStrings:{ConnectionStringName}"] = cluster.ConnectionString;
        // Standard error, as every log line: standard output is left to what a command prints.
        await Console.Error.WriteLineAsync($"No ConnectionStrings__Marten configured: started a throw-away PostgreSQL on 127.0.0.1:{cluster.Port}.");
        return cluster;
    }

    /// <summary>
    /// Why a command that must use the real store (an audit reads it, a simulation fills it, a rebuild rebuilds its read
    /// models) cannot: a throw-away cluster would be empty, and gone when the command ends.
    /// </summary>
    public static string? ConfiguredStoreMissing(IConfiguration configuration, string command) =>
        string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName))
            ? command switch
            {
                "audit" => "audit reads the configured event store, and none is: set ConnectionStrings__Marten (a throw-away local one would be empty)",
                "simulate" => "simulate writes to the configured event store, and none is: set ConnectionStrings__Marten (a throw-away local one would be gone when it ends)",
                _ => $"{command} rebuilds the configured event store's read models, and none is: set ConnectionStrings__Marten (a throw-away local one would be empty)",
            }
            : null;

    public static bool IsOffline(string[] args) => args.Length > 0 && OfflineCommands.Contains(args[0], StringComparer.OrdinalIgnoreCase);
}
