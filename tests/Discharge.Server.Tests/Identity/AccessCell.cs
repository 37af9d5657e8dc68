using Discharge.Server.Identity;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Identity;

/// <summary>A caller in the access matrix: a role, and whether its organisation is the one the request is about.</summary>
public sealed record AccessCell(string Role, bool Own)
{
    public static readonly AccessCell[] All =
        [.. DischargeRoles.All.SelectMany(role => new[] { new AccessCell(role, true), new AccessCell(role, false) })];

    public bool IsAuditor => Role == DischargeRoles.Auditor;

    public string Organisation => (Role, Own) switch
    {
        (DischargeRoles.Hospital, true) => Requests.NhsBody,
        (DischargeRoles.Hospital, false) => CommandCase.OtherNhsBody,
        (DischargeRoles.Council, true) => Requests.Council,
        (DischargeRoles.Council, false) => CommandCase.OtherCouncil,
        _ => TestTokens.Auditor,
    };

    public override string ToString() => $"{Role} {(Own ? "own" : "other")} ({Organisation})";
}
