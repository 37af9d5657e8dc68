using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;

namespace Discharge.Server.Commands;

/// <summary>
/// What a command about money decides once it has read what it needs: events for one or more streams, each appended at
/// the version it was read at (or starting a new stream), and the answer; or a refusal.
/// </summary>
public abstract record MoneyDecision
{
    /// <summary>
    /// The domain's outcome: appended to each stream at the version in <paramref name="read"/>, answered with
    /// <paramref name="respond"/> at <paramref name="location"/> (201 when the command created what it names there).
    /// </summary>
    public static MoneyDecision Of(
        MoneyOutcome outcome, IReadOnlyDictionary<Guid, long> read, string location, bool created, Func<IReadOnlyList<object>, object> respond) =>
        outcome.Refusal is { } refusal
            ? new MoneyRefused(refusal)
            : new MoneyRecorded(outcome.Events, read, respond([.. outcome.Events.Select(e => e.Event)]), location, created, []);
}

public sealed record MoneyRefused(Refusal Refusal) : MoneyDecision;

public sealed record MoneyRecorded(
    IReadOnlyList<StreamEvent> Events,
    IReadOnlyDictionary<Guid, long> ReadVersions,
    object Response,
    string Location,
    bool Created,
    IReadOnlyList<ScheduledMessage> Scheduled) : MoneyDecision
{
    public MoneyRecorded Schedule(object message, NodaTime.Instant at) => this with { Scheduled = [.. Scheduled, new ScheduledMessage(message, at)] };
}
