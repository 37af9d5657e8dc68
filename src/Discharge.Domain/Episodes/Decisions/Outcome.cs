namespace Discharge.Domain.Episodes.Decisions;

/// <summary>
/// What a command decides on an episode: the events to record, or a refusal and nothing recorded. A command's fields
/// are as the sender wrote them; the HTTP edge has refused any body missing a required one before a decision runs.
/// </summary>
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
