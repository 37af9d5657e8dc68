using Discharge.Server.Audit.CommandLine;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit.Chain;

/// <summary>One run of <c>audit verify-chain</c>, in process through the action the command runs, with what it printed.</summary>
public sealed record ChainVerification(int ExitCode, string Output, string Error)
{
    public static async Task<ChainVerification> RunAsync(DischargeServer server)
    {
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exitCode = await new VerifyChainAction().RunAsync(
            new AuditInput { Action = "verify-chain" }, server.Host.Services, output, error, CancellationToken.None);
        return new ChainVerification(exitCode, output.ToString(), error.ToString());
    }
}
