using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Health;

/// <summary>No daemon runs and no scheduled message is polled: what they owe shows in the health report, which degrades but stays 200.</summary>
public sealed class when_the_background_work_falls_behind(DischargeServerFallingBehind server) : IClassFixture<DischargeServerFallingBehind>
{
    [Fact]
    public async Task readiness_reports_the_daemon_lag_and_the_overdue_checks_as_degraded()
    {
        var hospital = new HospitalClient(server);
        var episode = Guid.NewGuid();
        await hospital.AcceptedAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        // Its liability check is due at once (the relevant day is long past) and waits for a poll that never comes.
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));

        var body = await when_checking_health.HealthAsync(server, "/health/ready", HttpStatusCode.OK);

        body.GetProperty("status").GetString().Should().Be("Degraded");
        var checks = body.GetProperty("checks");
        checks.GetProperty("database").GetProperty("status").GetString().Should().Be("Healthy");
        checks.GetProperty("projectionDaemon").GetProperty("status").GetString().Should().Be("Degraded");
        checks.GetProperty("projectionDaemon").GetProperty("data").GetProperty("events").GetInt64().Should().Be(await server.AllEventCount());
        checks.GetProperty("scheduledMessages").GetProperty("status").GetString().Should().Be("Degraded");
        checks.GetProperty("scheduledMessages").GetProperty("data").GetProperty("messages").GetInt64().Should().Be(1);
    }
}
