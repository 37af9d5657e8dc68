using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement that the patient left hospital (discharged, self-discharged or died) on a day.</summary>
public sealed record RecordedDeparture(Guid EpisodeId, LocalDate Left);

/// <summary>The patient left hospital on <paramref name="On"/>: discharged, self-discharged or died. It closes the episode.</summary>
public sealed record RecordDeparture(LocalDate? On);

public static class RecordDepartureEndpoints
{
    public static ProblemDetails Validate(RecordDeparture? command) => FieldErrors.For(command).Require("on", command?.On).ToProblem();

    [WolverinePost("/episodes/{episodeId}/discharged")]
    public static Task<CommandAnswer<RecordedDeparture>> Discharged(Guid episodeId, RecordDeparture command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedDeparture>(http, episodeId, command, history => Decide(history, rules, command.On!.Value, new PatientDischarged(command.On.Value)));

    [WolverinePost("/episodes/{episodeId}/self-discharged")]
    public static Task<CommandAnswer<RecordedDeparture>> SelfDischarged(Guid episodeId, RecordDeparture command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedDeparture>(http, episodeId, command, history => Decide(history, rules, command.On!.Value, new PatientSelfDischarged(command.On.Value)));

    [WolverinePost("/episodes/{episodeId}/died")]
    public static Task<CommandAnswer<RecordedDeparture>> Died(Guid episodeId, RecordDeparture command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedDeparture>(http, episodeId, command, history => Decide(history, rules, command.On!.Value, new PatientDied(command.On.Value)));

    public static Decision Decide(EpisodeHistory history, DischargeRules rules, LocalDate on, IEpisodeEvent departure)
    {
        var state = Episode.From(history.EpisodeId, history.Events);
        var problem = EpisodeChecks.Open(history.EpisodeId, state)
            ?? EpisodeChecks.SentBy(Party.NhsBody, state, history.Origin)
            ?? EpisodeChecks.PlausibleDay("on", on, state, rules, history.Now);
        return problem is not null
            ? Decision.Refuse(problem)
            : Decision.Append(new RecordedDeparture(history.EpisodeId, on), departure);
    }
}
