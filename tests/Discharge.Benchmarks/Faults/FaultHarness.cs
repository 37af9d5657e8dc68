using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Discharge.Benchmarks.Http;
using Discharge.Server.Database;
using Discharge.Server.Hosting;
using Discharge.Server.Identity;

namespace Discharge.Benchmarks.Faults;

/// <summary>
/// Carries a bounded load of commands through each fault in turn (a killed server, PostgreSQL restarted fast and
/// immediately, two nodes, one of them killed) on a durable PostgreSQL cluster of its own, retrying each command with
/// the same idempotency key until it is answered. Then, once the projections and the scheduled checks have caught up,
/// compares every acknowledged command with the store, has the service rebuild every read model from the events and
/// compare it with the live one, and prints per fault what was acknowledged, lost and duplicated.
/// </summary>
internal static class FaultHarness
{
    public static async Task<int> RunAsync(string[] options, TextWriter output)
    {
        var episodes = BenchmarkOptions.Int(options, "--episodes", 200);
        var concurrency = BenchmarkOptions.Int(options, "--concurrency", 16);
        var faultsAt = Array.IndexOf(options, "--faults");
        var faults = Fault.Named(faultsAt >= 0 && faultsAt + 1 < options.Length ? options[faultsAt + 1] : null);
        var identity = new BenchmarkIdentity();
        var settings = identity.ServerSettings();
        // Several nodes on one database: one runs the projections, and another takes over when it dies.
        settings["Discharge__ProjectionDaemon"] = "HotCold";

        await using var cluster = await LocalPostgresCluster.StartAsync(durable: true);
        await cluster.CreateDatabaseAsync("faults");
        var database = cluster.ConnectionStringFor("faults");
        await using var run = new FaultRun(cluster, database, settings, await ServerUnderTest.StartAsync(database, settings));
        using var client = new RetryingClient(run.Nodes, identity.Token(NoticeLoad.NhsBody, DischargeRoles.Hospital, "fault-harness"));
        run.Client = client;
        output.WriteLine($"{episodes:N0} episodes x {NoticeLoad.CommandsPerEpisode} commands per fault, {concurrency} at a time, each retried with its idempotency key until answered");

        var loads = new List<(Fault Fault, int First, bool[][] Acknowledged)>();
        foreach (var fault in faults)
        {
            var took = Stopwatch.StartNew();
            await fault.Before(run);
            var first = loads.Count * episodes;
            var acknowledged = await LoadThroughAsync(run, fault, first, episodes, concurrency);
            output.WriteLine($"{fault.Name,-20} {fault.Description}: {acknowledged.Sum(a => a.Count(x => x))} acknowledged in {took.Elapsed.TotalSeconds:F1} s");
            loads.Add((fault, first, acknowledged));
        }

        try
        {
            output.WriteLine($"projections and scheduled checks caught up {(await BackgroundWork.WaitUntilDoneAsync(database, TimeSpan.FromMinutes(2))).TotalSeconds:F1} s after the last answer");
        }
        catch (TimeoutException stuck)
        {
            output.WriteLine(stuck.Message);
            await DiagnoseAsync(run, output);
            return 1;
        }

        var verification = await VerifyReadModelsAsync(run, identity);
        output.WriteLine($"read models rebuilt from the events: {verification}");
        output.WriteLine($"answers, retries included: {string.Join(", ", client.Answers.OrderBy(a => a.Key).Select(a => $"{a.Key} x{a.Value}"))}");

        var outcomes = new List<FaultOutcome>();
        foreach (var (fault, first, acknowledged) in loads)
        {
            outcomes.Add(await StoreCheck.CompareAsync(database, fault.Name, first, acknowledged));
            output.WriteLine(outcomes[^1]);
        }

        var failures = client.Answers.GetValueOrDefault("500");
        var clean = outcomes.All(o => o.Clean) && failures == 0 && verification.StartsWith("clean", StringComparison.Ordinal);
        if (!clean)
        {
            await DiagnoseAsync(run, output);
        }

        output.WriteLine($"acknowledged {outcomes.Sum(o => o.Acknowledged)}, lost {outcomes.Sum(o => o.Lost)}, duplicated {outcomes.Sum(o => o.Duplicated)}");
        return clean ? 0 : 1;
    }

    /// <summary>What a failed run leaves to go on: the messages given up on, and what each node logged.</summary>
    private static async Task DiagnoseAsync(FaultRun run, TextWriter output)
    {
        output.WriteLine($"dead letters: {await StoreCheck.DeadLettersAsync(run.Database)}");
        foreach (var (node, index) in run.Nodes.Select((n, i) => (n, i)))
        {
            output.WriteLine($"node {index} ({node.Address}) logged:{Environment.NewLine}{string.Join(Environment.NewLine, node.Log)}");
        }
    }

    /// <summary>Sends the fault's episodes, each one's commands in order, and strikes once a third of the commands are acknowledged.</summary>
    private static async Task<bool[][]> LoadThroughAsync(FaultRun run, Fault fault, int first, int episodes, int concurrency)
    {
        var acknowledged = Enumerable.Range(0, episodes).Select(_ => new bool[NoticeLoad.CommandsPerEpisode]).ToArray();
        var count = 0;
        var third = new TaskCompletionSource();
        var load = Parallel.ForEachAsync(Enumerable.Range(0, episodes), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            for (var step = 0; step < NoticeLoad.CommandsPerEpisode; step++)
            {
                var (url, body) = NoticeLoad.Request(first + i, step);
                var status = await run.Client.SendAsync(url, JsonSerializer.SerializeToUtf8Bytes(body, Json), $"{first + i}-{step}");
                if ((int)status is < 200 or >= 300)
                {
                    // Refused: the episode's later commands would be refused too.
                    return;
                }

                acknowledged[i][step] = true;
                if (Interlocked.Increment(ref count) >= episodes * NoticeLoad.CommandsPerEpisode / 3)
                {
                    third.TrySetResult();
                }
            }
        });
        await Task.WhenAny(third.Task, load);
        await Task.WhenAll(fault.Strike(run), load);
        return acknowledged;
    }

    /// <summary>Asks a live node to rebuild every read model (the delay ledgers among them) from the events and compare.</summary>
    private static async Task<string> VerifyReadModelsAsync(FaultRun run, BenchmarkIdentity identity)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", identity.Token("AUDIT", DischargeRoles.Auditor, "fault-harness"));
        using var response = await http.PostAsync(new Uri(run.Nodes[^1].Address, "/audit/verify"), null);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (!response.IsSuccessStatusCode)
        {
            return $"failed: {(int)response.StatusCode} {body}";
        }

        var differences = body.GetProperty("differences").GetArrayLength();
        var documents = body.GetProperty("documentsRebuilt").GetInt32().ToString(CultureInfo.InvariantCulture);
        return differences == 0 ? $"clean, {documents} documents match" : $"{differences} differ: {body.GetProperty("differences")}";
    }

    private static readonly JsonSerializerOptions Json = DischargeJson.Configure(new());
}
