using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>
/// An NHS service needed for discharge is awaited from <paramref name="From"/> (to <paramref name="Until"/>
/// inclusive when known): on those days the council is not the sole cause (notes 35). May be recorded late.
/// </summary>
public sealed record RecordNhsServiceAwaited(LocalDate? From, LocalDate? Until)
{
    /// <summary>The hospital records a wait from a plausible day; an open-ended one only while no other is open.</summary>
    public Outcome Decide(Episode episode, DecisionContext context) => Until is { } until
        ? DatedFact.Decide(Party.NhsBody, From!.Value, new NhsServiceAwaited(From.Value, until), episode, context)
        : DatedFact.Decide(Party.NhsBody, From!.Value, new NhsServiceAwaitingStarted(From.Value), episode, context, () => AlreadyAwaited(episode));

    /// <summary>An open-ended wait cannot start while another is open.</summary>
    private static Refusal? AlreadyAwaited(Episode episode) =>
        episode.NhsServiceAwaitedFrom is { } open
            ? Refusal.OutOfSequence(
                "nhs-service-already-awaited",
                "An NHS service is already recorded as awaited.",
                $"Awaited since {open:yyyy-MM-dd}: record it available first.")
            : null;
}
