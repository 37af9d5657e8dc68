using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Discharge.Server.Identity;

/// <summary>
/// A caller refused by an endpoint's policy gets problem details naming why: a report that is not its own, or a
/// role that may not send commands. A caller without a valid token is challenged as before (401).
/// </summary>
internal sealed class AccessRefusals : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await standard.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var report = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<OwnReport>().FirstOrDefault();
        var problem = report is null
            ? IdentityProblems.RoleMayNotAct(context)
            : IdentityProblems.NotYourReport(new Caller(context.User), report.Rule);
        await problem.ToResult().ExecuteAsync(context);
    }
}
