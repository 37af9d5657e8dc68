using Discharge.Server.Telemetry;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Discharge.Server.Health;

/// <summary>
/// How many events the async daemon's slowest projection shard has yet to take in (the delay ledgers and the reports
/// read from them lag by as much); degraded past <c>Discharge:Health:MaxDaemonLag</c>.
/// </summary>
internal sealed class DaemonLagHealthCheck(IDocumentStore store, IConfiguration configuration, DischargeMetrics metrics) : IHealthCheck
{
    /// <summary>The newest event's sequence less the slowest shard's (shards are named Projection:Shard; a shard not yet started counts from nothing).</summary>
    public const string LagQuery = """
        SELECT (SELECT coalesce(max(seq_id), 0) FROM mt_events)
             - coalesce((SELECT min(last_seq_id) FROM mt_event_progression WHERE name LIKE '%:%'), 0)
        """;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthQuery.CheckAsync(store, LagQuery, lag =>
        {
            metrics.DaemonLagMeasured(lag);
            return HealthQuery.Within(lag, configuration.GetValue("Discharge:Health:MaxDaemonLag", 10_000L), "events", $"The projections are {lag} events behind.");
        }, cancellationToken);
}
