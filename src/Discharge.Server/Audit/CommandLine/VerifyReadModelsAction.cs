using Discharge.Server.Audit.Verification;

namespace Discharge.Server.Audit.CommandLine;

/// <summary><c>audit verify</c>: rebuilds every read model from the events and names each live document that differs.</summary>
public sealed class VerifyReadModelsAction : IAuditAction
{
    public string Name => "verify";

    public string Summary => $"Rebuilds every read model from the events into {ReadModelVerifier.Schema}; names each live document that differs";

    public async Task<int> RunAsync(AuditInput input, IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        var report = await services.GetRequiredService<ReadModelVerifier>().RunAsync(cancellation);

        await output.WriteLineAsync(
            $"Read models {(report.Clean ? "match" : "differ")}: {report.DocumentsRebuilt} documents rebuilt from {report.StreamsRead} streams, {report.Differences.Count} different");
        foreach (var difference in report.Differences)
        {
            await output.WriteLineAsync($"{difference.Document} {difference.Id}: {difference.Problem}");
        }

        return report.Clean ? 0 : 1;
    }
}
