using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement of the patient's care setting from a day.</summary>
public sealed record RecordedCareSetting(Guid EpisodeId, LocalDate On, CareSetting Setting);

public static class ChangeCareSettingEndpoint
{
    public static ProblemDetails Validate(ChangeCareSetting? command) =>
        FieldErrors.For(command).Require("on", command?.On).Require("setting", command?.Setting).ToProblem();

    [WolverinePost("/episodes/{episodeId}/care-setting")]
    [EndpointSummary("Record a change of care setting")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedCareSetting>> Post(Guid episodeId, ChangeCareSetting command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedCareSetting>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => new RecordedCareSetting(episodeId, command.On!.Value, command.Setting!.Value)));
}
