using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Discharge.Server.Telemetry;
using Discharge.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Wolverine;

namespace Discharge.Server.Tests.Telemetry;

public sealed class when_measuring_the_service(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public void nothing_is_collected_or_exported_unless_an_otlp_endpoint_is_configured()
    {
        server.Host.Services.GetService<MeterProvider>().Should().BeNull();
        server.Host.Services.GetService<TracerProvider>().Should().BeNull();
        server.Host.Services.GetRequiredService<WolverineOptions>().Durability.DurabilityMetricsEnabled.Should()
            .BeFalse("the durable inbox is not counted every few seconds for gauges nobody reads");
    }

    [Fact]
    public async Task commands_refusals_by_type_and_the_daemon_lag_are_measured()
    {
        var measured = new ConcurrentQueue<(string Instrument, long Value, string Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == DischargeMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measured.Enqueue((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();
        var hospital = new HospitalClient(server);
        var episode = Guid.NewGuid();

        await hospital.AcceptedAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        (await hospital.PostAsync($"/episodes/{Guid.NewGuid()}/discharged", new { on = "2004-01-20" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var client = server.CreateClient();
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        listener.RecordObservableInstruments();

        measured.Should().Contain(("discharge.commands", 1, "status=201"));
        measured.Should().Contain(("discharge.commands", 1, "status=404"));
        measured.Should().Contain(("discharge.refusals", 1, "type=/problems/episode-not-found"));
        measured.Should().Contain(m => m.Instrument == "discharge.daemon.lag");
    }
}
