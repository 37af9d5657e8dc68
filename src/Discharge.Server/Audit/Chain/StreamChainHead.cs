namespace Discharge.Server.Audit.Chain;

/// <summary>
/// The last link of one stream's chain, written in the transaction that appends to the stream. The events alone cannot
/// show that their stream lost its last events, or all of them; the head can: it names the version and hash the stream
/// must end at.
/// </summary>
public sealed class StreamChainHead
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string Hash { get; set; } = "";
}
