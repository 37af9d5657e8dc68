using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement of the day the council's services were in place.</summary>
public sealed record RecordedServicesInPlace(Guid EpisodeId, LocalDate ServicesInPlaceOn);

/// <summary>The services the council decided on are in place from <paramref name="On"/>: it is no longer the cause of delay (notes 35).</summary>
public sealed record RecordServicesInPlace(LocalDate? On);

public static class RecordServicesInPlaceEndpoint
{
    public static ProblemDetails Validate(RecordServicesInPlace? command) => FieldErrors.For(command).Require("on", command?.On).ToProblem();

    [WolverinePost("/episodes/{episodeId}/services-in-place")]
    public static Task<CommandAnswer<RecordedServicesInPlace>> Post(Guid episodeId, RecordServicesInPlace command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedServicesInPlace>(http, episodeId, command, history => DatedFact.Decide(
            history, rules, Party.Council, command.On!.Value,
            new RecordedServicesInPlace(episodeId, command.On.Value), new CouncilServicesInPlace(command.On.Value)));
}
