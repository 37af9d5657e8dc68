using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using JasperFx.Events;
using Marten;

namespace Discharge.Server.Audit.Chain;

/// <summary>
/// Where each stream's chain stood when a write path read it, kept with the session until it saves. Every write path
/// reads its stream before deciding (or remembers it), so the hash its events follow costs no round trip of its own;
/// a stream nobody told us about costs one batched read of its head at save time (<see cref="EventChainListener"/>).
/// </summary>
public static class ReadChainLinks
{
    private static readonly ConditionalWeakTable<IDocumentSession, ConcurrentDictionary<Guid, ChainLink>> Links = new();

    /// <summary>The session decided on <paramref name="events"/>, the whole stream as read: its next events follow the last.</summary>
    public static void ReadStream(this IQuerySession session, Guid streamId, IReadOnlyList<IEvent> events)
    {
        if (session is IDocumentSession writing && events.Count > 0 && EventHash.Of(events[^1]) is { } hash)
        {
            writing.ReadChainAt(streamId, events[^1].Version, hash);
        }
    }

    /// <summary>The session decided on a stream known to end at <paramref name="version"/> with <paramref name="hash"/>.</summary>
    public static void ReadChainAt(this IDocumentSession session, Guid streamId, long version, string hash) =>
        Links.GetOrCreateValue(session)[streamId] = new ChainLink(version, hash);

    /// <summary>Where the session read the stream to end, if it read it.</summary>
    internal static ChainLink? Find(IDocumentSession session, Guid streamId) =>
        Links.TryGetValue(session, out var links) && links.TryGetValue(streamId, out var link) ? link : null;
}
