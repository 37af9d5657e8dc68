using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Discharge.Server.Health;

/// <summary>Healthy when the event store's database answers a query.</summary>
internal sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthQuery.CheckAsync(store, "select 1", _ => HealthCheckResult.Healthy("PostgreSQL answered."), cancellationToken);
}
