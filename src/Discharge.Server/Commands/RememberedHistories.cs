using Microsoft.Extensions.Caching.Memory;

namespace Discharge.Server.Commands;

/// <summary>
/// An episode's events as this service last wrote or read them, the stream version they end at, and the hash of the
/// last (what the next event's hash follows, <see cref="Audit.Chain.EventHash"/>).
/// </summary>
public sealed record RememberedHistory(long Version, IReadOnlyList<object> Events, string ChainHash)
{
    /// <summary>What the service assumes of an episode it does not remember: that it is new.</summary>
    public static readonly RememberedHistory None = new(0, [], Audit.Chain.EventHash.Genesis);
}

/// <summary>
/// The recent episodes' histories, so that a command usually decides without first reading its stream. What is
/// remembered is only ever a guess: the append it leads to is guarded by the remembered version, so a guess made
/// stale by another writer (another server, the scheduled liability check) costs one lost race and a fresh read.
/// Bounded by <c>Discharge:RememberedEpisodes</c>; 0 turns it off, and every command reads first.
/// </summary>
public sealed class RememberedHistories : IDisposable
{
    private readonly MemoryCache? cache;

    public RememberedHistories(IConfiguration configuration)
    {
        var capacity = configuration.GetValue("Discharge:RememberedEpisodes", 10_000);
        if (capacity < 0)
        {
            throw new InvalidOperationException($"Discharge:RememberedEpisodes must be 0 or more, not {capacity}.");
        }

        cache = capacity == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity });
    }

    public bool Enabled => cache is not null;

    public RememberedHistory Recall(Guid episodeId) =>
        cache?.Get<RememberedHistory>(episodeId) ?? RememberedHistory.None;

    public void Remember(Guid episodeId, RememberedHistory history) =>
        cache?.Set(episodeId, history, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });

    public void Forget(Guid episodeId) => cache?.Remove(episodeId);

    public void Dispose() => cache?.Dispose();
}
