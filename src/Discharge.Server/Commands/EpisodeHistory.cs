using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Commands;

/// <summary>An episode's recorded events in order, as a command sees them before deciding.</summary>
public sealed record EpisodeHistory(Guid EpisodeId, long Version, IReadOnlyList<object> Events, Instant Now, CommandOrigin Origin)
{
    public bool Exists => Version > 0;

    /// <summary>The episode its events make.</summary>
    public Episode Episode() => Domain.Episodes.Episode.From(EpisodeId, Events);

    /// <summary>What the command's decision is made in: now, the sending organisation, and the rules.</summary>
    public DecisionContext Context(DischargeRules rules) => new(Now, Origin.Organisation, rules);
}
