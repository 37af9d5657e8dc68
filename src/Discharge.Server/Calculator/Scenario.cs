using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Calculator;

/// <summary>
/// A calculator scenario as read from its file: the episode, the rule set it names (shipped, or from a file),
/// the optional last day to compute, and the events in the order listed with their scenario type names.
/// </summary>
internal sealed record Scenario(
    EpisodeHeader Episode,
    RuleSet RuleSet,
    LocalDate? AsOf,
    IReadOnlyList<IEpisodeEvent> Events,
    IReadOnlyList<string> EventTypes);
