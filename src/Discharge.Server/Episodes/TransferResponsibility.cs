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

/// <summary>The acknowledgement of a transfer of responsibility to another council from a day.</summary>
public sealed record RecordedTransfer(Guid EpisodeId, string ToCouncil, LocalDate From);

public static class TransferResponsibilityEndpoint
{
    public static ProblemDetails Validate(TransferResponsibility? command) =>
        FieldErrors.For(command).Require("on", command?.On).Require("toCouncil", command?.ToCouncil).ToProblem();

    [WolverinePost("/episodes/{episodeId}/responsibility-transfer")]
    [EndpointSummary("Transfer responsibility to another council")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedTransfer>> Post(Guid episodeId, TransferResponsibility command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedTransfer>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => new RecordedTransfer(episodeId, command.ToCouncil!, command.On!.Value)));
}
