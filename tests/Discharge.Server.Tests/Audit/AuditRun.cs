using Discharge.Server.Audit.CommandLine;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit;

/// <summary>One run of an <c>audit</c> action, in process through the class the command runs, with what it printed.</summary>
public sealed record AuditRun(int ExitCode, string Output, string Error)
{
    public static async Task<AuditRun> RunAsync(DischargeServer server, IAuditAction action, AuditInput? input = null)
    {
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exitCode = await action.RunAsync(input ?? new AuditInput { Action = action.Name }, server.Host.Services, output, error, CancellationToken.None);
        return new AuditRun(exitCode, output.ToString(), error.ToString());
    }
}
