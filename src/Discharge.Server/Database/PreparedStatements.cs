using System.Data.Common;
using Npgsql;

namespace Discharge.Server.Database;

/// <summary>
/// Turns on Npgsql's automatic preparation unless the connection string says otherwise. Without it, a pooled connection
/// is reset with <c>DISCARD ALL</c> each time it is used again, which also throws away the plans PostgreSQL had made for
/// the statements inside Marten's append function: every append planned them afresh, 0.5 ms of the database's time
/// an append (more than the rows it writes). With it, the reset keeps plans and the busiest statements are prepared once
/// a connection. A connection string that names <c>Max Auto Prepare</c> (0 turns it off, as a pooler that cannot keep
/// prepared statements needs) is taken as it is.
/// </summary>
public static class PreparedStatements
{
    /// <summary>How many statements each connection keeps prepared (Npgsql prepares those used five times or more).</summary>
    public const int Default = 30;

    public static string Tune(string connectionString)
    {
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (named.ContainsKey("Max Auto Prepare") || named.ContainsKey("MaxAutoPrepare"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = Default }.ConnectionString;
    }
}
