using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace Discharge.Server.Identity;

/// <summary>A token for one user of one organisation in one role, signed with a local or shared key.</summary>
public sealed record LocalToken(string Organisation, string Role, string User, Duration Lifetime)
{
    public string SignWith(SecurityKey key, IdentitySettings settings, Instant now) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = settings.Issuer,
        Audience = settings.Audience,
        Subject = new ClaimsIdentity(
        [
            new Claim(DischargeRoles.SubjectClaim, User),
            new Claim(DischargeRoles.UserClaim, User),
            new Claim(DischargeRoles.OrganisationClaim, Organisation),
            new Claim(DischargeRoles.RoleClaim, Role),
        ]),
        IssuedAt = now.ToDateTimeUtc(),
        NotBefore = now.ToDateTimeUtc(),
        Expires = (now + Lifetime).ToDateTimeUtc(),
        SigningCredentials = new SigningCredentials(key, LocalSigningKey.Algorithm),
    });
}
