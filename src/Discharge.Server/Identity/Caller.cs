using System.Security.Claims;

namespace Discharge.Server.Identity;

/// <summary>Who calls, as the token says: a role and the organisation it acts for.</summary>
public readonly record struct Caller(ClaimsPrincipal User)
{
    public string? Role => User.FindFirstValue(DischargeRoles.RoleClaim);

    public string? Organisation => User.FindFirstValue(DischargeRoles.OrganisationClaim);

    /// <summary>The user, readably; else the token's subject.</summary>
    public string UserName => User.FindFirstValue(DischargeRoles.UserClaim) ?? User.FindFirstValue(DischargeRoles.SubjectClaim) ?? "unknown";

    public bool IsAuditor => Role == DischargeRoles.Auditor;

    /// <summary>A hospital for the NHS body, or a council for one of the councils; an auditor is a party to nothing but reads everything.</summary>
    public bool MayRead(string nhsBody, IEnumerable<string> councils) =>
        IsAuditor
        || (Role == DischargeRoles.Hospital && Organisation == nhsBody)
        || (Role == DischargeRoles.Council && councils.Contains(Organisation));
}
