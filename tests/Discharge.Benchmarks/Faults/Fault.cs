namespace Discharge.Benchmarks.Faults;

/// <summary>A fault the load is carried through: what is set up before the load, and what strikes once a third of it is acknowledged.</summary>
internal sealed record Fault(string Name, string Description, Func<FaultRun, Task> Before, Func<FaultRun, Task> Strike)
{
    private static readonly Func<FaultRun, Task> Nothing = _ => Task.CompletedTask;

    /// <summary>In the order they run: the two-node faults last, since the first node dies in the last.</summary>
    public static readonly Fault[] All =
    [
        new("server-sigkill", "the server is killed (SIGKILL) and started again", Nothing, async run =>
        {
            await run.Nodes[0].KillAsync();
            await run.Nodes[0].RestartAsync();
        }),
        new("postgres-fast", "PostgreSQL is restarted (pg_ctl restart -m fast)", Nothing, run => RestartPostgresAsync(run, "fast")),
        new("postgres-immediate", "PostgreSQL is restarted (-m immediate: a crash, then recovery)", Nothing, run => RestartPostgresAsync(run, "immediate")),
        new("two-nodes", "a second server runs on the database; commands alternate between the two", run => run.AddNodeAsync(), Nothing),
        new("node-killed", "the first node, the projection daemon's leader, is killed (SIGKILL) and stays down",
            run => run.Nodes.Count < 2 ? run.AddNodeAsync() : Task.CompletedTask, run => run.Nodes[0].KillAsync()),
    ];

    public static Fault[] Named(string? names) => names is null
        ? All
        : [.. names.Split(',').Select(name => All.SingleOrDefault(f => f.Name == name) ?? throw new ArgumentException($"No fault is named {name}: {string.Join(", ", All.Select(f => f.Name))}."))];

    private static async Task RestartPostgresAsync(FaultRun run, string mode)
    {
        await run.Cluster.StopServerAsync(mode);
        // Long enough that commands meet the closed port, not only the broken connections.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await run.Cluster.StartServerAgainAsync();
    }
}
