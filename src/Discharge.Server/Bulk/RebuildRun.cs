using System.Diagnostics;
using Discharge.Domain.Rules;
using Marten;

namespace Discharge.Server.Bulk;

/// <summary>A one-pass rebuild of every read model, with its progress on standard error and its summary on standard output.</summary>
public static class RebuildRun
{
    public static async Task<RebuildReport> RunAsync(IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var (back, newLine) = Console.IsErrorRedirected ? ("", "\n") : ("\r", "");
        var report = await new ReadModelRebuild(services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<DischargeRules>())
            .RunAsync(new Progress<long>(events => errors.Write($"{back}rebuilding read models: {events:N0} events read{newLine}")), cancellation);
        await errors.WriteLineAsync();
        await output.WriteLineAsync(
            $"Read models rebuilt from {report.Events:N0} events of {report.Streams:N0} streams in {clock.Elapsed.TotalSeconds:F1} s ({report.Events / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0} events/s): {string.Join(", ", report.Documents.Select(d => $"{d.Value:N0} {d.Key}"))}");
        return report;
    }
}
