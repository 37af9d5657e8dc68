namespace Discharge.Server.Audit.Chain;

/// <summary>A point in a stream's chain: the event at <paramref name="Version"/> and its <paramref name="Hash"/>.</summary>
internal readonly record struct ChainLink(long Version, string Hash)
{
    public static readonly ChainLink Start = new(0, EventHash.Genesis);
}
