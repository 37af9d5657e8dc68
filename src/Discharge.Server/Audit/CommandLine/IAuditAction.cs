namespace Discharge.Server.Audit.CommandLine;

/// <summary>
/// One action of <c>audit</c>. An action reads the store through the services given, prints its results on
/// <c>output</c> and its faults on <c>errors</c>, and answers an exit code: 0 when the store passes, 1 when it does not
/// or the action cannot run (an unreadable store is told by the command, for every action). List a new one in <see cref="AuditActions.All"/>.
/// </summary>
public interface IAuditAction
{
    /// <summary>As typed after <c>audit</c>: <c>verify-chain</c>.</summary>
    string Name { get; }

    /// <summary>One line for the usage.</summary>
    string Summary { get; }

    Task<int> RunAsync(AuditInput input, IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellation);
}
