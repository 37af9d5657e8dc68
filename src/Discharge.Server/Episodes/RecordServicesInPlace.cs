using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The services the council decided on are in place from <paramref name="On"/>: it is no longer the cause of delay (notes 35).</summary>
public sealed record RecordServicesInPlace(LocalDate? On);

public static class RecordServicesInPlaceEndpoint
{
    public static ProblemDetails Validate(RecordServicesInPlace? command) => FieldErrors.For(command).Require("on", command?.On).ToProblem();

    [WolverinePost("/episodes/{episodeId}/services-in-place")]
    public static Task<IResult> Post(Guid episodeId, RecordServicesInPlace command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync(http, episodeId, command, history => DatedFact.Decide(
            history, rules, Party.Council, command.On!.Value,
            new { episodeId, servicesInPlaceOn = command.On }, new CouncilServicesInPlace(command.On.Value)));
}
