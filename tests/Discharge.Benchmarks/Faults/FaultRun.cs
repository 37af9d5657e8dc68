using Discharge.Benchmarks.Http;
using Discharge.Server.Database;

namespace Discharge.Benchmarks.Faults;

/// <summary>The database and the server nodes a fault acts on, and the client that carries the load through it.</summary>
internal sealed class FaultRun(LocalPostgresCluster cluster, string database, IReadOnlyDictionary<string, string> settings, ServerUnderTest first)
    : IAsyncDisposable
{
    public LocalPostgresCluster Cluster => cluster;

    public string Database => database;

    /// <summary>Every node started, live or killed; the first is the projection daemon's leader, having started first.</summary>
    public List<ServerUnderTest> Nodes { get; } = [first];

    public RetryingClient Client { get; set; } = null!;

    /// <summary>Starts another node on the same database, and sends it every other command from now on.</summary>
    public async Task AddNodeAsync()
    {
        var node = await ServerUnderTest.StartAsync(database, settings);
        Nodes.Add(node);
        Client.Nodes.Add(node);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }
    }
}
