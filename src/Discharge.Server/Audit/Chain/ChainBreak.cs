namespace Discharge.Server.Audit.Chain;

/// <summary>Where a stream's chain no longer holds: at an event (by its sequence number), or at the stream's end.</summary>
public sealed record ChainBreak(long? Sequence, Guid StreamId, string What)
{
    public override string ToString() => Sequence is { } sequence
        ? $"event {sequence} of stream {StreamId}: {What}"
        : $"stream {StreamId}: {What}";
}

/// <summary>What verify-chain found: how much it read, each stream's first break (earliest event first), and a digest of the heads.</summary>
public sealed record ChainReport(long Events, int Streams, IReadOnlyList<ChainBreak> Breaks, string HeadsDigest)
{
    public bool Intact => Breaks.Count == 0;
}
