using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>The NHS service awaited became available on <paramref name="On"/>.</summary>
public sealed record RecordNhsServiceAvailable(LocalDate? On)
{
    /// <summary>The hospital ends the open wait on a plausible day, no earlier than the wait began.</summary>
    public Outcome Decide(Episode episode, DecisionContext context) =>
        DatedFact.Decide(Party.NhsBody, On!.Value, new NhsServiceBecameAvailable(On.Value), episode, context, () => Awaited(episode));

    private Refusal? Awaited(Episode episode) =>
        episode.NhsServiceAwaitedFrom is not { } from ? Refusal.OutOfSequence(
            "no-nhs-service-awaited", "No NHS service is recorded as awaited.", "Record the service awaited first.")
        : On < from ? Refusal.RuleBroken(
            "available-before-awaited", "The service became available before it was awaited.", $"Awaited from {from:yyyy-MM-dd}.")
        : null;
}
