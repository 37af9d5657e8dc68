using Microsoft.AspNetCore.Authorization;

namespace Discharge.Server.Identity;

/// <summary>A report of one council or NHS body (the route's <c>{code}</c>) is for that organisation, in its <paramref name="Role"/>, and for auditors.</summary>
internal sealed record OwnReport(string Role) : IAuthorizationRequirement
{
    public string Rule => Role == DischargeRoles.Council
        ? "A council's reports are for that council and for auditors."
        : "An NHS body's reports are for its own discharge team and for auditors.";

    public sealed class Handler : AuthorizationHandler<OwnReport>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnReport requirement)
        {
            var caller = new Caller(context.User);
            var code = (context.Resource as HttpContext)?.GetRouteValue("code") as string;
            if (caller.IsAuditor || (caller.Role == requirement.Role && caller.Organisation == code))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
