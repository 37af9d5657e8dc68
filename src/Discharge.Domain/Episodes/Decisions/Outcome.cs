namespace Discharge.Domain.Episodes.Decisions;

/// <summary>What a command decides on an episode: the events to record, or a refusal and nothing recorded.</summary>
public sealed record Outcome
{
    private Outcome(IReadOnlyList<IEpisodeEvent> events, Refusal? refusal)
    {
        Events = events;
        Refusal = refusal;
    }

    public IReadOnlyList<IEpisodeEvent> Events { get; }

    public Refusal? Refusal { get; }

    public static Outcome Record(params IEpisodeEvent[] events) => new(events, null);

    public static Outcome Refuse(Refusal refusal) => new([], refusal);

    public static implicit operator Outcome(Refusal refusal) => Refuse(refusal);
}
