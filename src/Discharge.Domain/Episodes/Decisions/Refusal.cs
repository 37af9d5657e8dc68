namespace Discharge.Domain.Episodes.Decisions;

/// <summary>Why a command is refused, which the API tells by its status.</summary>
public enum RefusalKind
{
    /// <summary>There is no such episode, statement or dispute (or none the sender may see).</summary>
    NotFound,

    /// <summary>The sender is not the party of the episode that records this.</summary>
    NotAParty,

    /// <summary>The command does not fit the episode's history: out of sequence, or after the episode closed.</summary>
    OutOfSequence,

    /// <summary>The command breaks a statutory rule.</summary>
    RuleBroken,
}

/// <summary>
/// A command refused by a rule: <paramref name="Code"/> names the rule (the API's problem type), <paramref name="Title"/>
/// and <paramref name="Detail"/> say what is wrong as the sender reads it, and <paramref name="Citation"/> is the law
/// or rules reference section the rule comes from. Nothing is recorded, so the sender may correct it and send again.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Code, string Title, string? Detail, string? Citation)
{
    /// <summary>For a notice lacking contents: each field at fault with what the regulations require of it.</summary>
    public IReadOnlyDictionary<string, string[]>? Fields { get; init; }

    public static Refusal RuleBroken(string code, string title, string detail, string? citation = null) =>
        new(RefusalKind.RuleBroken, code, title, detail, citation);

    public static Refusal OutOfSequence(string code, string title, string detail, string? citation = null) =>
        new(RefusalKind.OutOfSequence, code, title, detail, citation);

    /// <summary>A notice lacks contents the regulations require; each field names its rule.</summary>
    public static Refusal ContentsMissing(string notice, string regulation, IReadOnlyDictionary<string, string[]> fields) =>
        new(RefusalKind.RuleBroken, "statutory-contents-missing", $"The {notice} lacks contents required by {regulation}.", null, regulation)
        {
            Fields = fields,
        };
}
