using Discharge.Domain.Episodes;
using NodaTime;

namespace Discharge.Server.Calculator;

/// <summary>
/// A calculator scenario as read from its file: the episode, the rule set named (or a rule-set file's path),
/// the optional last day to compute, and the events in the order listed with their scenario type names.
/// </summary>
internal sealed record Scenario(
    EpisodeHeader Episode,
    string RuleSet,
    LocalDate? AsOf,
    IReadOnlyList<IEpisodeEvent> Events,
    IReadOnlyList<string> EventTypes);
