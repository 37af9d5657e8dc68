using System.Security.Claims;
using Discharge.Server.Problems;
using Discharge.Server.Web;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Discharge.Server.Identity;

/// <summary>The answers to a caller without a valid token (401) and to one whose role may not act (403), as problem details.</summary>
internal static class IdentityProblems
{
    public static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        if (BrowserSignIn.RedirectToSignIn(context))
        {
            return;
        }

        // Ours, not the handler's: it would answer with an empty body.
        context.HandleResponse();
        var problem = new ProblemDetails
        {
            Type = DischargeProblems.TypeBase + "unauthenticated",
            Title = "A valid bearer token is required.",
            Status = StatusCodes.Status401Unauthorized,
            Detail = context.AuthenticateFailure switch
            {
                null => "Send a token in the Authorization header: 'Authorization: Bearer TOKEN'.",
                SecurityTokenExpiredException => "The token has expired: get a new one.",
                _ => "The token was refused: its signature, issuer, audience or form is not one this service accepts.",
            },
        };
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await problem.ToResult().ExecuteAsync(context.HttpContext);
    }

    /// <summary>A command, or a read its role may not make, under a token whose role or organisation may not act so.</summary>
    public static ProblemDetails RoleMayNotAct(HttpContext http)
    {
        var user = http.User;
        var holder = $"this token's role is '{user.FindFirstValue(DischargeRoles.RoleClaim) ?? "none"}' and its organisation " +
                     $"'{user.FindFirstValue(DischargeRoles.OrganisationClaim) ?? "none"}'";
        var command = HttpMethods.IsPost(http.Request.Method);
        return new ProblemDetails
        {
            Type = DischargeProblems.TypeBase + "role-may-not-act",
            Title = command ? "The token's role may not send commands." : "The token's role may not read this.",
            Status = StatusCodes.Status403Forbidden,
            Detail = command
                ? $"Commands are sent by a hospital or a council for its own organisation; {holder}. Nothing was recorded."
                : $"This address is read by the roles its policy names only (README, \"Who may call what\"); {holder}.",
        };
    }

    /// <summary>A report asked for by a caller it is not about (nor an auditor).</summary>
    public static ProblemDetails NotYourReport(Caller caller, string rule) => new()
    {
        Type = DischargeProblems.TypeBase + "not-your-report",
        Title = "The report is not the caller's.",
        Status = StatusCodes.Status403Forbidden,
        Detail = $"{rule} This token's role is '{caller.Role ?? "none"}' and its organisation '{caller.Organisation ?? "none"}'.",
    };
}
