using Marten;

namespace Discharge.Server.Audit.Chain;

/// <summary>How the event store keeps its hash chain: the listener on every session, and the stream heads' table.</summary>
internal static class EventChainStore
{
    public static void ConfigureEventChain(this StoreOptions options)
    {
        options.Listeners.Add(new EventChainListener());
        options.Schema.For<StreamChainHead>();
    }
}
