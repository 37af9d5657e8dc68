using Discharge.Domain.Episodes.Decisions;

namespace Discharge.Domain.Statements;

/// <summary>
/// What a command about money decides: the events to record, each with the stream it goes to (a statement, a dispute),
/// or a refusal and nothing recorded.
/// </summary>
public sealed record MoneyOutcome
{
    private MoneyOutcome(IReadOnlyList<StreamEvent> events, Refusal? refusal)
    {
        Events = events;
        Refusal = refusal;
    }

    public IReadOnlyList<StreamEvent> Events { get; }

    public Refusal? Refusal { get; }

    public static MoneyOutcome Record(params StreamEvent[] events) => new(events, null);

    public static implicit operator MoneyOutcome(Refusal refusal) => new([], refusal);
}

/// <summary>An event for the stream <paramref name="StreamId"/>; <paramref name="StartsStream"/> when it is the stream's first.</summary>
public sealed record StreamEvent(Guid StreamId, object Event, bool StartsStream = false);
