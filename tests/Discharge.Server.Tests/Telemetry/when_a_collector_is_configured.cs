using Discharge.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Discharge.Server.Tests.Telemetry;

/// <summary>With an OTLP endpoint configured, traces and metrics reach the collector over gRPC, the service's own among them.</summary>
public sealed class when_a_collector_is_configured(DischargeServerExportingTelemetry server) : IClassFixture<DischargeServerExportingTelemetry>
{
    [Fact]
    public async Task a_command_is_exported_as_a_trace_and_counted_in_the_metrics()
    {
        var hospital = new HospitalClient(server);

        await hospital.AcceptedAsync($"/episodes/{Guid.NewGuid()}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));

        var collector = server.Collector;
        await Eventually.HoldsAsync(() => collector.Received(OtlpCollector.Traces, "/episodes/{episodeId}/assessment-notice"),
            "the request's trace, named by its route, is exported", TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => collector.Received(OtlpCollector.Metrics, "discharge.commands"),
            "the service's command count is exported", TimeSpan.FromSeconds(30));
        collector.Received(OtlpCollector.Metrics, "http.server.request.duration").Should().BeTrue();
        await Eventually.HoldsAsync(() => collector.Received(OtlpCollector.Metrics, "wolverine-inbox-count"),
            "the durable inbox's gauges are exported", TimeSpan.FromSeconds(30));
        server.Host.Services.GetRequiredService<WolverineOptions>().Durability.DurabilityMetricsEnabled.Should().BeTrue("the gauges are kept counted");
    }
}
