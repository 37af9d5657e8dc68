using System.Net.Http.Headers;
using Discharge.Server.Identity;
using NodaTime;

namespace Discharge.Server.Tests.Support;

/// <summary>
/// Tokens as the <c>token</c> command makes them, signed with a key the test servers are configured with
/// (<c>Discharge:Identity:SigningKey</c>), so that no test reads or writes the key file in the user's profile.
/// </summary>
public static class TestTokens
{
    public const string SigningKeySetting = "Discharge:Identity:SigningKey";

    public const string User = "discharge.team@example.nhs.uk";

    /// <summary>The organisation an auditor's token names: it reads everything, whatever it names.</summary>
    public const string Auditor = "AUDIT";

    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static readonly IdentitySettings Settings =
        new(null, IdentitySettings.LocalAudience, IdentitySettings.LocalIssuer, SigningKey);

    /// <summary>
    /// A token for <paramref name="organisation"/>, in the role its code implies unless one is given. It is checked
    /// against the wall clock, as every bearer token is, not against the test's clock.
    /// </summary>
    public static string For(string organisation, string? role = null, string user = User) =>
        new LocalToken(organisation, role ?? RoleOf(organisation), user, Duration.FromHours(1))
            .SignWith(LocalSigningKey.For(Settings), Settings, SystemClock.Instance.GetCurrentInstant());

    public static AuthenticationHeaderValue Bearer(string organisation, string? role = null, string user = User) =>
        new("Bearer", For(organisation, role, user));

    /// <summary>A council's ONS code is a letter and eight digits (E06000015); anything else is taken for an NHS body's ODS code.</summary>
    private static string RoleOf(string organisation) =>
        organisation.Length == 9 && organisation[1..].All(char.IsAsciiDigit) ? DischargeRoles.Council : DischargeRoles.Hospital;
}
