using Microsoft.AspNetCore.Authorization;

namespace Discharge.Server.Identity;

/// <summary>
/// Who may call each endpoint: every endpoint names one of these policies with <c>[Authorize(Policy = ...)]</c>, or
/// allows anonymous callers; a test fails for any route that declares neither.
/// </summary>
public static class AccessPolicies
{
    /// <summary>A hospital or a council for its own organisation; which of them, the episode's rules decide (403 not-a-party).</summary>
    public const string Command = "command";

    /// <summary>Any caller; the episode is read only by its parties and auditors, anyone else is told there is none (404).</summary>
    public const string EpisodeParties = "episode-parties";

    /// <summary>Any caller; a statement or a dispute is read only by its NHS body, its council and auditors, anyone else is told there is none (404).</summary>
    public const string MoneyParties = "money-parties";

    /// <summary>The council whose code the route names, or an auditor.</summary>
    public const string OwnCouncilReport = "own-council-report";

    /// <summary>The NHS body whose code the route names, or an auditor.</summary>
    public const string OwnNhsBodyReport = "own-nhs-body-report";

    /// <summary>Any caller; the census and the monthly return hold only its own patients (all for an auditor), and another role gets 403.</summary>
    public const string Census = "census";

    /// <summary>Auditors only: the log of their own reads of patient data.</summary>
    public const string AuditLog = "audit-log";

    public static readonly string[] All = [Command, EpisodeParties, MoneyParties, OwnCouncilReport, OwnNhsBodyReport, Census, AuditLog];

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Command, p => p.RequireAuthenticatedUser().AddRequirements(new CommandsBySenders()));
        options.AddPolicy(EpisodeParties, p => p.RequireAuthenticatedUser());
        options.AddPolicy(MoneyParties, p => p.RequireAuthenticatedUser());
        options.AddPolicy(OwnCouncilReport, p => p.RequireAuthenticatedUser().AddRequirements(new OwnReport(DischargeRoles.Council)));
        options.AddPolicy(OwnNhsBodyReport, p => p.RequireAuthenticatedUser().AddRequirements(new OwnReport(DischargeRoles.Hospital)));
        options.AddPolicy(Census, p => p.RequireAuthenticatedUser());
        options.AddPolicy(AuditLog, p => p.RequireAuthenticatedUser().RequireRole(DischargeRoles.Auditor));
    }
}
