using Microsoft.AspNetCore.Authorization;

namespace Discharge.Server.Identity;

/// <summary>
/// A command is sent by a hospital or a council for its own organisation; an auditor, or a token naming no
/// organisation, may only read. Checked before the body is read, so a refused command records nothing.
/// </summary>
internal sealed class CommandsBySenders : AuthorizationHandler<CommandsBySenders>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CommandsBySenders requirement)
    {
        if (DischargeRoles.Senders.Any(context.User.IsInRole) && context.User.FindFirst(DischargeRoles.OrganisationClaim) is not null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
