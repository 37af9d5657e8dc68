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

/// <summary>The acknowledgement of a wait for an NHS service: from a day, until a day when it is known.</summary>
public sealed record RecordedNhsServiceAwaited(Guid EpisodeId, LocalDate AwaitedFrom, LocalDate? Until);

// One endpoint class per command: Wolverine applies every Validate method of a class to each of its endpoints.
public static class RecordNhsServiceAwaitedEndpoint
{
    public static ProblemDetails Validate(RecordNhsServiceAwaited? command)
    {
        var errors = FieldErrors.For(command).Require("from", command?.From);
        if (command?.Until < command?.From)
        {
            errors.Add("until", "Cannot be before from.");
        }

        return errors.ToProblem();
    }

    [WolverinePost("/episodes/{episodeId}/nhs-service-awaited")]
    [EndpointSummary("Record that an NHS service is awaited")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedNhsServiceAwaited>> Post(Guid episodeId, RecordNhsServiceAwaited command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedNhsServiceAwaited>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => new RecordedNhsServiceAwaited(episodeId, command.From!.Value, command.Until)));
}
