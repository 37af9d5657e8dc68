using Npgsql;

namespace Discharge.Server.Outages;

/// <summary>
/// Tells a database that cannot be reached (refused or dropped connections, a server shutting down or starting up,
/// an exhausted pool) from a fault in what was asked of it: the first passes, and the same request may be sent again.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>SQLSTATE classes of a lost connection (08) and of a server stopping or starting (57P).</summary>
    private static readonly string[] OutageStates = ["08", "57P"];

    public static bool IsOutage(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient || OutageStates.Any(postgres.SqlState.StartsWith),
        NpgsqlException npgsql => npgsql.IsTransient || Inner(npgsql),
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => Inner(exception),
    };

    private static bool Inner(Exception exception) => exception.InnerException is { } inner && IsOutage(inner);
}
