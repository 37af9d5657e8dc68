namespace Discharge.Server.Identity;

/// <summary>What a token lets its holder do: the claims that carry it and the roles the service knows.</summary>
public static class DischargeRoles
{
    /// <summary>An NHS body's discharge team, acting for its own ODS code.</summary>
    public const string Hospital = "hospital";

    /// <summary>A council, acting for its own ONS code.</summary>
    public const string Council = "council";

    /// <summary>Reads everything, sends no command.</summary>
    public const string Auditor = "auditor";

    public static readonly string[] All = [Hospital, Council, Auditor];

    /// <summary>The roles whose organisation may send commands (which ones, the episode's rules decide).</summary>
    public static readonly string[] Senders = [Hospital, Council];

    public const string RoleClaim = "role";

    public const string OrganisationClaim = "organisation";

    /// <summary>Who holds the token, readably; else its subject.</summary>
    public const string UserClaim = "name";

    public const string SubjectClaim = "sub";
}
