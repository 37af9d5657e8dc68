using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement of the day the awaited NHS service became available.</summary>
public sealed record RecordedNhsServiceAvailable(Guid EpisodeId, LocalDate AvailableOn);

/// <summary>The NHS service awaited became available on <paramref name="On"/>.</summary>
public sealed record RecordNhsServiceAvailable(LocalDate? On);

public static class RecordNhsServiceAvailableEndpoint
{
    public static ProblemDetails Validate(RecordNhsServiceAvailable? command) => FieldErrors.For(command).Require("on", command?.On).ToProblem();

    [WolverinePost("/episodes/{episodeId}/nhs-service-available")]
    public static Task<CommandAnswer<RecordedNhsServiceAvailable>> Post(Guid episodeId, RecordNhsServiceAvailable command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedNhsServiceAvailable>(http, episodeId, command, history => DatedFact.Decide(
            history, rules, Party.NhsBody, command.On!.Value,
            new RecordedNhsServiceAvailable(episodeId, command.On.Value), new NhsServiceBecameAvailable(command.On.Value),
            state => state.NhsServiceAwaitedFrom is not { } from ? DischargeProblems.OutOfSequence(
                    "no-nhs-service-awaited", "No NHS service is recorded as awaited.", "Record the service awaited first.")
                : command.On < from ? DischargeProblems.RuleBroken(
                    "available-before-awaited", "The service became available before it was awaited.", $"Awaited from {from:yyyy-MM-dd}.")
                : null));
}
