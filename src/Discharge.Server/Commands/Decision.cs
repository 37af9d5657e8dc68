using Discharge.Domain.Episodes.Decisions;
using NodaTime;

namespace Discharge.Server.Commands;

/// <summary>What a command decides, given the episode's history: events to append and the answer, or a refusal.</summary>
public abstract record Decision
{
    public static Decision Refuse(Refusal refusal) => new Refused(refusal);

    public static Decision Append(object response, params object[] events) => new Appended(events, response, []);

    /// <summary>The domain's outcome, answered with <paramref name="respond"/> to the events it records.</summary>
    public static Decision Of(Outcome outcome, Func<IReadOnlyList<object>, object> respond) =>
        outcome.Refusal is { } refusal ? Refuse(refusal) : new Appended(outcome.Events, respond(outcome.Events), []);
}

/// <summary>Append <paramref name="Events"/> and answer with <paramref name="Response"/>; schedule follow-up messages in the same transaction.</summary>
public sealed record Appended(IReadOnlyList<object> Events, object Response, IReadOnlyList<ScheduledMessage> Scheduled) : Decision
{
    public Appended Schedule(object message, Instant at) => this with { Scheduled = [.. Scheduled, new ScheduledMessage(message, at)] };
}

/// <summary>Refuse the command: nothing is appended and no receipt is kept, so the client may correct it and retry.</summary>
public sealed record Refused(Refusal Refusal) : Decision;

public sealed record ScheduledMessage(object Message, Instant At);
