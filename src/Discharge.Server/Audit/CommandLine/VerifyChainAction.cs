using Discharge.Server.Audit.Chain;
using Marten;

namespace Discharge.Server.Audit.CommandLine;

/// <summary><c>audit verify-chain</c>: recomputes every event's hash chain and names where it breaks.</summary>
public sealed class VerifyChainAction : IAuditAction
{
    public string Name => "verify-chain";

    public string Summary => "Recomputes every event's hash from the store; names each stream's first altered, reordered or deleted event";

    public async Task<int> RunAsync(AuditInput input, IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        var report = await new ChainVerifier(services.GetRequiredService<IDocumentStore>()).VerifyAsync(cancellation);

        if (report.Intact)
        {
            await output.WriteLineAsync($"Chain intact: {report.Events} events in {report.Streams} streams; digest of the stream heads {report.HeadsDigest}");
            return 0;
        }

        await output.WriteLineAsync($"Chain broken: {report.Breaks.Count} stream(s) of {report.Events} events; the earliest break first");
        foreach (var found in report.Breaks)
        {
            await output.WriteLineAsync(found.ToString());
        }

        return 1;
    }
}
