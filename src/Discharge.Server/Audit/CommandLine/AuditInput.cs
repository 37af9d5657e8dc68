using JasperFx.CommandLine;

namespace Discharge.Server.Audit.CommandLine;

/// <summary>
/// <c>audit ACTION [flags]</c>. The flags are every action's: each reads those it needs. Dates are ISO days (YYYY-MM-DD), read by the action that takes them.
/// </summary>
public sealed class AuditInput : NetCoreInput
{
    [Description("What to audit: " + AuditActions.Names)]
    public string Action { get; set; } = "";

    [Description("A rule-set file to recompute under (reconcile)")]
    public string? RuleSetFlag { get; set; }

    [Description("First day, YYYY-MM-DD")]
    public string? FromFlag { get; set; }

    [Description("Last day, YYYY-MM-DD")]
    public string? ToFlag { get; set; }

    [Description("A council's ONS code (export)")]
    public string? CouncilFlag { get; set; }

    [Description("json (the default) or csv (reconcile)")]
    public string? FormatFlag { get; set; }
}
