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

/// <summary>The acknowledgement that the patient left hospital (discharged, self-discharged or died) on a day.</summary>
public sealed record RecordedDeparture(Guid EpisodeId, LocalDate Left);

public static class RecordDepartureEndpoints
{
    public static ProblemDetails Validate(RecordDeparture? command) => FieldErrors.For(command).Require("on", command?.On).ToProblem();

    [WolverinePost("/episodes/{episodeId}/discharged")]
    [EndpointSummary("Record the patient's discharge")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedDeparture>> Discharged(Guid episodeId, RecordDeparture command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        Record(DepartureKind.Discharged, episodeId, command, http, executor, rules);

    [WolverinePost("/episodes/{episodeId}/self-discharged")]
    [EndpointSummary("Record that the patient discharged themselves")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedDeparture>> SelfDischarged(Guid episodeId, RecordDeparture command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        Record(DepartureKind.SelfDischarged, episodeId, command, http, executor, rules);

    [WolverinePost("/episodes/{episodeId}/died")]
    [EndpointSummary("Record the patient's death")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedDeparture>> Died(Guid episodeId, RecordDeparture command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        Record(DepartureKind.Died, episodeId, command, http, executor, rules);

    private static Task<CommandAnswer<RecordedDeparture>> Record(
        DepartureKind how, Guid episodeId, RecordDeparture command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedDeparture>(http, episodeId, command, history => Decision.Of(
            command.Decide(how, history.Episode(), history.Context(rules)), _ => new RecordedDeparture(episodeId, command.On!.Value)));
}
