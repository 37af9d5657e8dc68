using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>
/// An NHS service needed for discharge is awaited from <paramref name="From"/> (to <paramref name="Until"/>
/// inclusive when known): on those days the council is not the sole cause (notes 35). May be recorded late.
/// </summary>
public sealed record RecordNhsServiceAwaited(LocalDate? From, LocalDate? Until);

/// <summary>The NHS service awaited became available on <paramref name="On"/>.</summary>
public sealed record RecordNhsServiceAvailable(LocalDate? On);

public static class RecordNhsServiceAwaitedEndpoint
{
    public static ProblemDetails Validate(RecordNhsServiceAwaited command)
    {
        var errors = new FieldErrors().Require("from", command.From);
        if (command.Until < command.From)
        {
            errors.Add("until", "Cannot be before from.");
        }

        return errors.ToProblem();
    }

    [WolverinePost("/episodes/{episodeId}/nhs-service-awaited")]
    public static Task<IResult> Awaited(Guid episodeId, RecordNhsServiceAwaited command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync(http, episodeId, command, history =>
        {
            var state = EpisodeState.From(history.Events);
            var problem = EpisodeChecks.LateFact(history, state, rules, command.From!.Value)
                ?? AlreadyAwaited(command, state);
            return problem is not null ? Decision.Refuse(problem)
                : command.Until is { } until ? Decision.Append(new { episodeId, awaitedFrom = command.From, until }, new NhsServiceAwaited(command.From!.Value, until))
                : Decision.Append(new { episodeId, awaitedFrom = command.From }, new NhsServiceAwaitingStarted(command.From!.Value));
        });

    private static ProblemDetails? AlreadyAwaited(RecordNhsServiceAwaited command, EpisodeState state) =>
        command.Until is null && state.NhsServiceAwaitedFrom is { } open
            ? DischargeProblems.OutOfSequence(
                "nhs-service-already-awaited",
                "An NHS service is already recorded as awaited.",
                $"Awaited since {open:yyyy-MM-dd}: record it available first.")
            : null;
}

/// <summary>Wolverine applies a class's Validate methods to all its endpoints, so each command has a class of its own.</summary>
public static class RecordNhsServiceAvailableEndpoint
{
    public static ProblemDetails Validate(RecordNhsServiceAvailable command) => new FieldErrors().Require("on", command.On).ToProblem();

    [WolverinePost("/episodes/{episodeId}/nhs-service-available")]
    public static Task<IResult> Available(Guid episodeId, RecordNhsServiceAvailable command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync(http, episodeId, command, history =>
        {
            var state = EpisodeState.From(history.Events);
            var problem = EpisodeChecks.LateFact(history, state, rules, command.On!.Value)
                ?? (state.NhsServiceAwaitedFrom is not { } from ? DischargeProblems.OutOfSequence(
                        "no-nhs-service-awaited", "No NHS service is recorded as awaited.", "Record the service awaited first.")
                    : command.On < from ? DischargeProblems.RuleBroken(
                        "available-before-awaited", "The service became available before it was awaited.", $"Awaited from {from:yyyy-MM-dd}.")
                    : null);
            return problem is not null ? Decision.Refuse(problem)
                : Decision.Append(new { episodeId, availableOn = command.On }, new NhsServiceBecameAvailable(command.On!.Value));
        });
}
