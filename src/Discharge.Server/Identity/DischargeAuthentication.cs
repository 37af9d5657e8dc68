using Discharge.Server.Web;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace Discharge.Server.Identity;

/// <summary>
/// Bearer tokens, from the configured identity provider or signed with the local key, and the policies the
/// endpoints declare (<see cref="AccessPolicies"/>).
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
                options.Events = new JwtBearerEvents { OnChallenge = IdentityProblems.ChallengeAsync, OnMessageReceived = BrowserSignIn.ReadTokenFromCookie };
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
        builder.Services.AddAuthorization(options =>
        {
            AccessPolicies.Add(options);
            // Every endpoint declares its policy (a test checks it); the fallback only guards requests no endpoint takes.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        builder.Services.AddSingleton<IAuthorizationHandler, CommandsBySenders>();
        builder.Services.AddSingleton<IAuthorizationHandler, OwnReport.Handler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessRefusals>();
        return builder;
    }
}
