using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement of a wait for an NHS service: from a day, until a day when it is known.</summary>
public sealed record RecordedNhsServiceAwaited(Guid EpisodeId, LocalDate AwaitedFrom, LocalDate? Until);

/// <summary>
/// An NHS service needed for discharge is awaited from <paramref name="From"/> (to <paramref name="Until"/>
/// inclusive when known): on those days the council is not the sole cause (notes 35). May be recorded late.
/// </summary>
public sealed record RecordNhsServiceAwaited(LocalDate? From, LocalDate? Until);

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
    public static Task<CommandAnswer<RecordedNhsServiceAwaited>> Post(Guid episodeId, RecordNhsServiceAwaited command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedNhsServiceAwaited>(http, episodeId, command, history => command.Until is { } until
            ? DatedFact.Decide(
                history, rules, Party.NhsBody, command.From!.Value,
                new RecordedNhsServiceAwaited(episodeId, command.From.Value, until), new NhsServiceAwaited(command.From.Value, until))
            : DatedFact.Decide(
                history, rules, Party.NhsBody, command.From!.Value,
                new RecordedNhsServiceAwaited(episodeId, command.From.Value, null), new NhsServiceAwaitingStarted(command.From.Value), state => AlreadyAwaited(state)));

    /// <summary>An open-ended wait cannot start while another is open.</summary>
    private static ProblemDetails? AlreadyAwaited(Episode state) =>
        state.NhsServiceAwaitedFrom is { } open
            ? DischargeProblems.OutOfSequence(
                "nhs-service-already-awaited",
                "An NHS service is already recorded as awaited.",
                $"Awaited since {open:yyyy-MM-dd}: record it available first.")
            : null;
}
