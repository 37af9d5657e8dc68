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

/// <summary>The acknowledgement of the day the awaited NHS service became available.</summary>
public sealed record RecordedNhsServiceAvailable(Guid EpisodeId, LocalDate AvailableOn);

public static class RecordNhsServiceAvailableEndpoint
{
    public static ProblemDetails Validate(RecordNhsServiceAvailable? command) => FieldErrors.For(command).Require("on", command?.On).ToProblem();

    [WolverinePost("/episodes/{episodeId}/nhs-service-available")]
    [EndpointSummary("Record that the awaited NHS service is available")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedNhsServiceAvailable>> Post(Guid episodeId, RecordNhsServiceAvailable command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedNhsServiceAvailable>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => new RecordedNhsServiceAvailable(episodeId, command.On!.Value)));
}
