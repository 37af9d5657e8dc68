using Discharge.Server.Identity;

namespace Discharge.Server.Reporting;

/// <summary>
/// The patients a caller's census may hold: an auditor's, all (or one council's); a council's, its own, whether it
/// names itself or nobody; a hospital's, its NHS body's (or those of them one council is responsible for).
/// </summary>
public sealed record CensusScope(string? Council, string? NhsBody)
{
    public const string Rule = "A council's census holds its own patients, a hospital's its NHS body's, and an auditor's everyone's.";

    /// <summary>The scope, or null when the caller may not have the census it asks for.</summary>
    public static CensusScope? Of(Caller caller, string? council) => caller.Role switch
    {
        DischargeRoles.Auditor => new(council, null),
        DischargeRoles.Council when caller.Organisation is { } own && (council is null || council == own) => new(own, null),
        DischargeRoles.Hospital when caller.Organisation is { } nhsBody => new(council, nhsBody),
        _ => null,
    };
}
