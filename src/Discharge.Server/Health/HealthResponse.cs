using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Discharge.Server.Health;

/// <summary>
/// The health addresses and how their reports are written (JSON: overall status, and each check's status, description
/// and figures). <c>/health/live</c> runs no check: the process answers, so it need not be restarted.
/// <c>/health/ready</c> and <c>/health</c> run every check: the database answers (else 503, send no traffic), and the
/// projections and scheduled checks keep up (else degraded, still 200: every server shares the one backlog).
/// </summary>
internal static class HealthResponse
{
    private const string Ready = "ready";

    public static IHealthChecksBuilder AddDischargeHealthChecks(this IServiceCollection services) => services.AddHealthChecks()
        .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
        .AddCheck<DaemonLagHealthCheck>("projectionDaemon", tags: [Ready])
        .AddCheck<ScheduledBacklogHealthCheck>("scheduledMessages", tags: [Ready]);

    public static void MapDischargeHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", Answering(_ => true)).AllowAnonymous();
        app.MapHealthChecks("/health/live", Answering(_ => false)).AllowAnonymous();
        app.MapHealthChecks("/health/ready", Answering(check => check.Tags.Contains(Ready))).AllowAnonymous();
    }

    private static HealthCheckOptions Answering(Func<HealthCheckRegistration, bool> checks) => new()
    {
        Predicate = checks,
        ResponseWriter = WriteAsync,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data.Count > 0 ? e.Value.Data : null }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
