using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace Discharge.Server.Identity;

/// <summary>
/// Bearer tokens, from the configured identity provider or signed with the local key, and the one policy every
/// endpoint gets unless it allows anonymous callers: an authenticated caller, and for a command, a sender's role.
/// </summary>
internal static class DischargeAuthentication
{
    public static WebApplicationBuilder AddDischargeIdentity(this WebApplicationBuilder builder)
    {
        var settings = IdentitySettings.From(builder.Configuration);
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // The claims keep the names the token gives them ("role", not the long WS-Federation URIs).
                options.MapInboundClaims = false;
                options.Events = new JwtBearerEvents { OnChallenge = IdentityProblems.ChallengeAsync, OnForbidden = IdentityProblems.ForbidAsync };
                if (settings.Authority is { } authority)
                {
                    options.Authority = authority;
                    options.Audience = settings.Audience;
                }
                else
                {
                    // Read when the first request is authenticated, so that commands needing no tokens make no key.
                    options.TokenValidationParameters.ValidIssuer = settings.Issuer;
                    options.TokenValidationParameters.ValidAudience = settings.Audience;
                    options.TokenValidationParameters.IssuerSigningKey = LocalSigningKey.For(settings);
                    options.TokenValidationParameters.ValidAlgorithms = [LocalSigningKey.Algorithm];
                }

                options.TokenValidationParameters.NameClaimType = DischargeRoles.UserClaim;
                options.TokenValidationParameters.RoleClaimType = DischargeRoles.RoleClaim;
            });
        builder.Services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new CommandsBySenders())
            .Build());
        builder.Services.AddSingleton<IAuthorizationHandler, CommandsBySenders>();
        return builder;
    }
}
