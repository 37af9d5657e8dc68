using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Telemetry;

/// <summary>The server configured with an OTLP collector, exporting every half second instead of every minute.</summary>
public sealed class DischargeServerExportingTelemetry : DischargeServer
{
    private DischargeServerExportingTelemetry(OtlpCollector collector)
        : base(Start, new Dictionary<string, string>
        {
            ["Discharge:Telemetry:OtlpEndpoint"] = collector.Endpoint.ToString(),
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        }) =>
        Collector = collector;

    public DischargeServerExportingTelemetry()
        : this(OtlpCollector.StartAsync().GetAwaiter().GetResult())
    {
    }

    public OtlpCollector Collector { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Collector.DisposeAsync();
    }
}
