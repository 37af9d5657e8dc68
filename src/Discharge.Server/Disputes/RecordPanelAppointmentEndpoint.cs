using Discharge.Domain.Disputes;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

public static class RecordPanelAppointmentEndpoint
{
    public static ProblemDetails Validate(RecordPanelAppointment? command) =>
        FieldErrors.For(command).Require("appointedOn", command?.AppointedOn).ToProblem();

    /// <summary>Either side records the panel's appointment; it must recommend within 28 days, checked at the end of the 28th.</summary>
    [WolverinePost("/disputes/{disputeId}/panel-appointment")]
    [EndpointSummary("Record the panel's appointment")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<DisputeView>> Post(Guid disputeId, RecordPanelAppointment command, HttpContext http, MoneyCommandExecutor executor) =>
        DisputeCommand.Run(disputeId, command, http, executor, command.Decide,
            recorded => new PanelDeadline(disputeId, PanelStep.Recommendation, recorded.OfType<PanelAppointed>().Single().RecommendBy));
}
