using Discharge.Domain.Disputes;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

public static class RecordPanelRecommendationEndpoint
{
    public static ProblemDetails Validate(RecordPanelRecommendation? command) =>
        FieldErrors.For(command).Require("recommendedOn", command?.RecommendedOn).Require("recommendation", command?.Recommendation).ToProblem();

    /// <summary>Either side records the panel's recommendation and the disputed days it says the NHS body should give up (<c>concededDays</c>).</summary>
    [WolverinePost("/disputes/{disputeId}/panel-recommendation")]
    [EndpointSummary("Record the panel's recommendation")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<DisputeView>> Post(Guid disputeId, RecordPanelRecommendation command, HttpContext http, MoneyCommandExecutor executor) =>
        DisputeCommand.Run(disputeId, command, http, executor, command.Decide);
}
