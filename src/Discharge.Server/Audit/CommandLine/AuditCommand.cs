using JasperFx.CommandLine;
using Npgsql;

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

    /// <summary>Who the log says ran an action from the command line, which has no token.</summary>
    public const string CommandLineOrganisation = "command-line";

    public override async Task<bool> Execute(AuditInput input)
    {
        var action = AuditActions.Find(input.Action)
            ?? throw new InvalidOperationException($"Program lets through only the actions that exist, not '{input.Action}'.");
        using var host = input.BuildHost();
        try
        {
            // The command line's auditors are on record too, as the operating-system user who ran the action.
            await AuditorRequest.RecordAsync(
                host.Services, CommandLineOrganisation, Environment.UserName, Name, $"audit {action.Name}", Flags(input), CancellationToken.None);
            // JasperFx turns the answer into exit code 0 or 1, which is every code an action answers once it runs.
            return await action.RunAsync(input, host.Services, Console.Out, Console.Error, CancellationToken.None) == 0;
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"error: the event store cannot be read: {e.Message}");
            return false;
        }
    }

    private static string? Flags(AuditInput input)
    {
        var flags = new[] { ("rule-set", input.RuleSetFlag), ("from", input.FromFlag), ("to", input.ToFlag), ("council", input.CouncilFlag), ("format", input.FormatFlag) }
            .Where(f => f.Item2 is not null)
            .Select(f => $"--{f.Item1} {f.Item2}");
        return string.Join(' ', flags) is { Length: > 0 } text ? text : null;
    }
}
