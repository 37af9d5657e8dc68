using JasperFx.CommandLine;

namespace Discharge.Server.Audit.CommandLine;

/// <summary>
/// <c>audit ACTION</c>: runs the action on the host's services, read-only: the host is built, never started, so no
/// projection daemon, message listener or schema migration runs against the store under audit. Program refuses an
/// unknown action (exit 2) and a missing connection string (exit 1) before the host is built.
/// </summary>
[Description("Audits the event store: " + AuditActions.Names + " (help audit: its usage)", Name = Name)]
public sealed class AuditCommand : JasperFxAsyncCommand<AuditInput>
{
    public const string Name = "audit";

    public override async Task<bool> Execute(AuditInput input)
    {
        var action = AuditActions.Find(input.Action)
            ?? throw new InvalidOperationException($"Program lets through only the actions that exist, not '{input.Action}'.");
        using var host = input.BuildHost();
        // JasperFx turns the answer into exit code 0 or 1, which is every code an action answers once it runs.
        return await action.RunAsync(input, host.Services, Console.Out, Console.Error, CancellationToken.None) == 0;
    }
}
