using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Discharge.Server.Health;

/// <summary>
/// Scheduled messages (the liability and panel-deadline checks) past due, and messages waiting in
/// the durable queue: a backlog the servers are not working through; degraded past <c>Discharge:Health:MaxBacklog</c>.
/// </summary>
internal sealed class ScheduledBacklogHealthCheck(IDocumentStore store, IConfiguration configuration) : IHealthCheck
{
    private const string BacklogQuery = """
        SELECT count(*) FROM wolverine_incoming_envelopes
        WHERE (status = 'Scheduled' AND execution_time <= now()) OR status = 'Incoming'
        """;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        HealthQuery.CheckAsync(store, BacklogQuery, backlog => HealthQuery.Within(
            backlog, configuration.GetValue("Discharge:Health:MaxBacklog", 1_000L), "messages", $"{backlog} messages are due and waiting."), cancellationToken);
}
