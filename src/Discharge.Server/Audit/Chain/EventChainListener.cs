using JasperFx.Events;
using Marten;

namespace Discharge.Server.Audit.Chain;

/// <summary>
/// Chains every event as its session saves, whichever path appended it (the command executors, the liability check, the
/// panel-deadline handler), and moves each stream's <see cref="StreamChainHead"/> in the same transaction. Marten calls
/// it after it has stamped the events' metadata and before it writes them, so the hash sees the headers as stored.
/// </summary>
internal sealed class EventChainListener : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var streams = session.PendingChanges.Streams().Where(s => s.Events.Count > 0).ToArray();
        if (streams.Length == 0)
        {
            return;
        }

        var serializer = session.DocumentStore.Options.Serializer();
        var links = await LinksBeforeAsync(session, streams, token);
        foreach (var stream in streams)
        {
            var link = links[stream.Id];
            foreach (var e in stream.Events)
            {
                var version = link.Version + 1;
                var hash = EventHash.Compute(EventContent.Of(stream.Id, version, e, serializer), link.Hash);
                // A dictionary of the event's own: the events of one session may share the session's headers.
                e.Headers = new Dictionary<string, object>(e.Headers ?? []) { [EventHash.Header] = hash };
                link = new ChainLink(version, hash);
            }

            session.Store(new StreamChainHead { Id = stream.Id, Version = link.Version, Hash = link.Hash });
        }
    }

    /// <summary>Where each stream's chain ends before these events: from what the write path read, else from the heads in one read.</summary>
    private static async Task<Dictionary<Guid, ChainLink>> LinksBeforeAsync(IDocumentSession session, StreamAction[] streams, CancellationToken token)
    {
        var links = new Dictionary<Guid, ChainLink>();
        var unread = new Dictionary<Guid, long>();
        foreach (var stream in streams)
        {
            // The version an append states is what makes both the chain and the stream safe against a concurrent writer:
            // if the stream moved on, the append fails, and with it the head written beside it.
            var before = stream.ActionType == StreamActionType.Start ? 0
                : stream.ExpectedVersionOnServer ?? throw new InvalidOperationException(
                    $"An append to stream {stream.Id} names no expected version: chained events must state the version they follow.");
            if (before == 0)
            {
                links[stream.Id] = ChainLink.Start;
            }
            else if (ReadChainLinks.Find(session, stream.Id) is { } read && read.Version == before)
            {
                links[stream.Id] = read;
            }
            else
            {
                unread[stream.Id] = before;
            }
        }

        if (unread.Count > 0)
        {
            var heads = (await session.LoadManyAsync<StreamChainHead>(token, unread.Keys)).ToDictionary(h => h.Id);
            foreach (var (id, before) in unread)
            {
                // A stream without a head (written before the chain existed) or behind it is chained from nothing rather
                // than refused: the write goes ahead, and verify-chain names the stream.
                links[id] = heads.TryGetValue(id, out var head) && head.Version == before ? new ChainLink(before, head.Hash) : new ChainLink(before, EventHash.Genesis);
            }
        }

        return links;
    }
}
