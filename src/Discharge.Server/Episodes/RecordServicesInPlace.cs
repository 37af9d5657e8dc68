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

/// <summary>The acknowledgement of the day the council's services were in place.</summary>
public sealed record RecordedServicesInPlace(Guid EpisodeId, LocalDate ServicesInPlaceOn);

public static class RecordServicesInPlaceEndpoint
{
    public static ProblemDetails Validate(RecordServicesInPlace? command) => FieldErrors.For(command).Require("on", command?.On).ToProblem();

    [WolverinePost("/episodes/{episodeId}/services-in-place")]
    [EndpointSummary("Record that the council's services are in place")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedServicesInPlace>> Post(Guid episodeId, RecordServicesInPlace command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedServicesInPlace>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => new RecordedServicesInPlace(episodeId, command.On!.Value)));
}
