using Discharge.Domain.Disputes;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

public static class RequestPanelEndpoint
{
    /// <summary>Every field may be left out, but a JSON <c>null</c> binds no command at all.</summary>
    public static ProblemDetails Validate(RequestPanel? command) => FieldErrors.For(command).ToProblem();

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
