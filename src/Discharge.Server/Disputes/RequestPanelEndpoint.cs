using Discharge.Domain.Disputes;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

public static class RequestPanelEndpoint
{
    /// <summary>
    /// Either side of an unresolved 2003-Act dispute applied for a panel (<c>appliedOn</c>, today unless given); the
    /// Strategic Health Authority must appoint it within 7 days, checked at the end of the seventh.
    /// </summary>
    [WolverinePost("/disputes/{disputeId}/panel-referral")]
    [EndpointSummary("Refer a dispute to a panel")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<DisputeView>> Post(Guid disputeId, RequestPanel command, HttpContext http, MoneyCommandExecutor executor) =>
        DisputeCommand.Run(disputeId, command, http, executor, command.Decide,
            recorded => new PanelDeadline(disputeId, PanelStep.Appointment, recorded.OfType<PanelRequested>().Single().AppointBy));
}
