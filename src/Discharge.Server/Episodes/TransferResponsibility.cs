using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement of a transfer of responsibility to another council from a day.</summary>
public sealed record RecordedTransfer(Guid EpisodeId, string ToCouncil, LocalDate From);

/// <summary>
/// Another council takes over as the responsible authority from <paramref name="On"/> (ordinary residence: 2003
/// reg 18, 2014 reg 12). Days before stay with the first council, which may recover them (E10, A7).
/// </summary>
public sealed record TransferResponsibility(LocalDate? On, string? ToCouncil);

public static class TransferResponsibilityEndpoint
{
    public static ProblemDetails Validate(TransferResponsibility? command) =>
        FieldErrors.For(command).Require("on", command?.On).Require("toCouncil", command?.ToCouncil).ToProblem();

    [WolverinePost("/episodes/{episodeId}/responsibility-transfer")]
    public static Task<CommandAnswer<RecordedTransfer>> Post(Guid episodeId, TransferResponsibility command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedTransfer>(http, episodeId, command, history => DatedFact.Decide(
            history, rules, Party.Council, command.On!.Value,
            new RecordedTransfer(episodeId, command.ToCouncil!, command.On.Value), new ResponsibilityTransferred(command.On.Value, command.ToCouncil!),
            state => KnownCouncil(command, rules, state)));

    private static ProblemDetails? KnownCouncil(TransferResponsibility command, DischargeRules rules, Episode state) =>
        command.ToCouncil == (state.TransferredTo ?? state.Header!.Council) ? DischargeProblems.RuleBroken(
            "transfer-to-same-council", "The council is already responsible.", "A transfer names another council.")
        : Councils.Check(command.ToCouncil!, command.On!.Value, rules);
}
