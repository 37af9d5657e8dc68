namespace Discharge.Server.Audit.CommandLine;

/// <summary>The actions of <c>audit</c>, and its usage, which lists them.</summary>
public static class AuditActions
{
    /// <summary>Every action; a new one is one class here.</summary>
    public static readonly IReadOnlyList<IAuditAction> All = [new VerifyChainAction(), new VerifyReadModelsAction(), new ReconcileAction(), new ExportAction()];

    /// <summary>For the input's description, which an attribute needs as a constant.</summary>
    public const string Names = "verify-chain, verify, reconcile, export";

    public static IAuditAction? Find(string name) => All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Usage => $"""
        Usage: audit ACTION [--rule-set FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--council CODE] [--format json|csv]

        Audits the event store named by ConnectionStrings__Marten (never a throw-away local one: that would be empty).
        Results go to standard output, logs to standard error.

        Actions:
        {string.Join(Environment.NewLine, All.Select(a => $"  {a.Name,-14}{a.Summary}"))}

        Exit codes: 0 the store passes; 1 it does not, or no store is configured, or it cannot be read;
        2 no action, or one that does not exist.
        """;

    /// <summary>Why <paramref name="args"/> (starting with <c>audit</c>) name no action that exists, or null when they do.</summary>
    public static string? Fault(string[] args) => args switch
    {
        [_, var action, ..] when !action.StartsWith('-') => Find(action) is null ? $"audit has no action '{action}'" : null,
        _ => "audit needs an action",
    };
}
