using System.Diagnostics.Metrics;

namespace Discharge.Server.Telemetry;

/// <summary>
/// The service's own figures, on the meter <c>Discharge</c>: commands answered (a rate over time is commands per
/// second), refusals by problem type, and the projection daemon's lag as last measured by the health check.
/// Nothing is spent on them unless a listener (the OpenTelemetry exporter, when configured) collects them.
/// </summary>
public sealed class DischargeMetrics : IDisposable
{
    public const string MeterName = "Discharge";

    private readonly Meter meter;
    private readonly Counter<long> commands;
    private readonly Counter<long> refusals;
    private long daemonLag;

    public DischargeMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        commands = meter.CreateCounter<long>("discharge.commands", "{command}", "Commands answered, by status code");
        refusals = meter.CreateCounter<long>("discharge.refusals", "{refusal}", "Requests refused, by problem type");
        meter.CreateObservableGauge("discharge.daemon.lag", () => Interlocked.Read(ref daemonLag), "{event}",
            "Events the slowest async projection has yet to take in, as last measured by the health check");
    }

    public void CommandAnswered(int status) => commands.Add(1, new KeyValuePair<string, object?>("status", status));

    public void Refused(string? problemType) => refusals.Add(1, new KeyValuePair<string, object?>("type", problemType ?? "none"));

    public void DaemonLagMeasured(long events) => Interlocked.Exchange(ref daemonLag, events);

    public void Dispose() => meter.Dispose();
}
