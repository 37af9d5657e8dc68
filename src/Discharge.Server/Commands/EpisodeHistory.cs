using NodaTime;

namespace Discharge.Server.Commands;

/// <summary>An episode's recorded events in order, as a command sees them before deciding.</summary>
public sealed record EpisodeHistory(Guid EpisodeId, long Version, IReadOnlyList<object> Events, Instant Now, CommandOrigin Origin)
{
    public bool Exists => Version > 0;
}
