using Discharge.Server.Outages;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Discharge.Server.Health;

/// <summary>One figure read from the event store's database for a health check; an unreachable database is unhealthy.</summary>
internal static class HealthQuery
{
    public static async Task<HealthCheckResult> CheckAsync(
        IDocumentStore store, string sql, Func<long, HealthCheckResult> judge, CancellationToken cancellation)
    {
        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellation);
            await using var command = new NpgsqlCommand(sql, connection);
            return judge(Convert.ToInt64(await command.ExecuteScalarAsync(cancellation) ?? 0L));
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e) || e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL did not answer.", e);
        }
    }

    /// <summary>Degraded past <paramref name="limit"/>: the service still answers, but what it reports falls behind.</summary>
    public static HealthCheckResult Within(long figure, long limit, string name, string description) =>
        new(figure > limit ? HealthStatus.Degraded : HealthStatus.Healthy, description,
            data: new Dictionary<string, object> { [name] = figure, ["limit"] = limit });
}
