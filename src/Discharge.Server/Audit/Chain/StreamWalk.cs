namespace Discharge.Server.Audit.Chain;

/// <summary>
/// One stream's events in version order, each checked against the one before it: its version follows, its sequence
/// number is later, and its hash is what its content and the previous hash make. The first failure is the stream's break.
/// </summary>
internal sealed class StreamWalk(Guid streamId)
{
    private ChainLink last = ChainLink.Start;
    private long lastSequence;

    public Guid StreamId { get; } = streamId;

    public ChainBreak? Break { get; private set; }

    public void Take(StoredEvent e)
    {
        if (Break is not null)
        {
            return;
        }

        var version = e.Content.Version;
        if (Fault(e) is { } fault)
        {
            Break = new ChainBreak(e.Sequence, StreamId, fault);
        }

        last = new ChainLink(version, e.Hash ?? EventHash.Genesis);
        lastSequence = e.Sequence;
    }

    /// <summary>Whether the stream ends where its head says, once every event has been taken.</summary>
    public ChainBreak? AgainstHead(StreamChainHead? head) =>
        head is null ? new ChainBreak(null, StreamId, $"it has no head record: its events up to version {last.Version} were not appended by the service, or its head was deleted")
        : head.Version > last.Version ? new ChainBreak(null, StreamId, $"it ends at version {last.Version} but its head records version {head.Version}: {Versions(last.Version + 1, head.Version)} missing (deleted)")
        : head.Version < last.Version ? new ChainBreak(null, StreamId, $"it goes on past version {head.Version}, where its head ends, to version {last.Version}: events were added outside the service")
        : head.Hash != last.Hash ? new ChainBreak(null, StreamId, $"its last event, version {last.Version}, carries a hash other than its head's")
        : null;

    private string? Fault(StoredEvent e)
    {
        var version = e.Content.Version;
        if (version > last.Version + 1)
        {
            return $"version {version} follows version {last.Version}: {Versions(last.Version + 1, version - 1)} missing (deleted)";
        }

        if (version <= last.Version || e.Sequence <= lastSequence)
        {
            return $"version {version} (event {e.Sequence}) does not come after version {last.Version} (event {lastSequence}): the stream's order was changed";
        }

        if (e.Hash is null)
        {
            return $"version {version} carries no hash: it was not appended by the service, or its headers were rewritten";
        }

        return e.Hash == EventHash.Compute(e.Content, last.Hash)
            ? null
            : $"version {version} ({e.Content.Type}) no longer matches its hash: its data, type or metadata were changed, or an event before it was";
    }

    private static string Versions(long first, long last) => first == last ? $"version {first} is" : $"versions {first} to {last} are";
}
