using JasperFx;
using JasperFx.Events.Daemon;

namespace Discharge.Server.Outages;

/// <summary>
/// Hands a projection shard that the daemon stopped for good back to the coordinator, which starts it again on whichever
/// node holds the shard's lock. The daemon stops (rather than pauses) a shard whose progress moved under it: two nodes
/// ran it at once, as happens for a few seconds after PostgreSQL restarts and both nodes take its lock afresh. The
/// coordinator restarts paused and missing shards but leaves a stopped one stopped, so without this the delay ledgers
/// would stand still once the other node died. Every <c>Discharge:StoppedShardCheckEvery</c> (5 s by default).
/// </summary>
public sealed partial class StoppedShardRestart(IServiceProvider services, IConfiguration configuration, ILogger<StoppedShardRestart> logger) : BackgroundService
{
    private readonly TimeSpan every = configuration.GetValue("Discharge:StoppedShardCheckEvery", TimeSpan.FromSeconds(5));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // No coordinator when the daemon is disabled: then nothing runs shards here.
        if (services.GetService<IProjectionCoordinator>() is not { } coordinator) return;
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var daemon in await coordinator.AllDaemonsAsync())
                EjectStopped(daemon);
        }
    }

    private void EjectStopped(IProjectionDaemon daemon)
    {
        foreach (var agent in daemon.CurrentAgents())
        {
            if (agent.Status != AgentStatus.Stopped || daemon.IsRebuilding(agent.Name)) continue;
            // Forgotten by its daemon, the shard counts as missing: the coordinator's next round starts it from its
            // stored progress if this node holds its lock, and otherwise leaves it to the node that does.
            daemon.EjectPausedShard(agent.Name.Identity);
            Ejected(logger, agent.Name.Identity, agent.Failure?.Detail);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projection shard {Shard} had stopped ({Reason}); it is handed back to the coordinator to start again.")]
    private static partial void Ejected(ILogger logger, string shard, string? reason);
}
