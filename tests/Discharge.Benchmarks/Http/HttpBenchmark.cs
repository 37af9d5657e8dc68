using System.Net.Http.Headers;
using System.Text.Json;
using Discharge.Domain.Episodes;
using Discharge.Server.Database;
using Discharge.Server.Hosting;
using Discharge.Server.Identity;
using Marten;

namespace Discharge.Benchmarks.Http;

/// <summary>
/// Drives the HTTP API end to end (real Kestrel, real PostgreSQL, every check, receipt, projection and outbox
/// message) and appends the same events straight through Marten, in alternating rounds of the same load, and
/// reports commands per second, p50/p99 latency and the ratio. Targets: HTTP throughput at least half of direct (issue 4);
/// HTTP p99 at most 1.5 times direct's, under 50 ms on a quiet machine, while the daemon keeps up (issue 13).
/// </summary>
internal static class HttpBenchmark
{
    public static async Task<int> RunAsync(string[] options, TextWriter output)
    {
        var episodes = BenchmarkOptions.Int(options, "--episodes", 2000);
        var concurrency = BenchmarkOptions.Int(options, "--concurrency", 16);
        var rounds = BenchmarkOptions.Int(options, "--rounds", 2);
        // Passed on as Discharge:RememberedEpisodes when given: 0 makes every command read its episode before deciding.
        var remembered = BenchmarkOptions.Int(options, "--remembered-episodes", -1);
        var identity = new BenchmarkIdentity();
        var settings = identity.ServerSettings();
        if (remembered >= 0)
        {
            settings["Discharge__RememberedEpisodes"] = $"{remembered}";
        }

        await using var cluster = await LocalPostgresCluster.StartAsync();
        await cluster.CreateDatabaseAsync("bench_http");
        var httpDatabase = cluster.ConnectionStringFor("bench_http");
        await cluster.CreateDatabaseAsync("bench_direct");
        await using var server = await ServerUnderTest.StartAsync(httpDatabase, settings);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = server.Address };
        var token = identity.Token(NoticeLoad.NhsBody, DischargeRoles.Hospital, "benchmark");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await using var store = DirectStore(cluster.ConnectionStringFor("bench_direct"));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        // Bodies and events are made before any round, so that neither path's figures include building its input.
        var total = (MaxWarmUps + rounds) * episodes;
        var bodies = Enumerable.Range(0, total * NoticeLoad.CommandsPerEpisode)
            .Select(i => NoticeLoad.Request(i / NoticeLoad.CommandsPerEpisode, i % NoticeLoad.CommandsPerEpisode))
            .Select(r => (r.Url, Body: JsonSerializer.SerializeToUtf8Bytes(r.Body, Json)))
            .ToArray();
        var events = Enumerable.Range(0, total * NoticeLoad.CommandsPerEpisode)
            .Select(i => NoticeLoad.Event(i / NoticeLoad.CommandsPerEpisode, i % NoticeLoad.CommandsPerEpisode))
            .ToArray();
        Func<int, int, Task> viaHttp = (episode, step) => SendAsync(client, bodies[(episode * NoticeLoad.CommandsPerEpisode) + step], episode, step);
        Func<int, int, Task> viaMarten = (episode, step) => AppendAsync(store, events[(episode * NoticeLoad.CommandsPerEpisode) + step], episode, step);

        output.WriteLine($"cores: {Environment.ProcessorCount}; {episodes:N0} episodes x {NoticeLoad.CommandsPerEpisode} commands per round, {concurrency} at a time, {rounds} rounds, server remembers {(remembered < 0 ? "its default number of" : $"{remembered:N0}")} episodes");
        var postmaster = ProcessorTime.PostmasterOf(cluster);
        var warmUps = await WarmUpAsync(server, postmaster, httpDatabase, episodes, concurrency, viaMarten, viaHttp, output);
        var direct = new List<LoadResult>();
        var http = new List<LoadResult>();
        var catchUps = new List<TimeSpan>();
        var daemonLags = new List<TimeSpan>();
        for (var round = 0; round < rounds; round++)
        {
            var first = (warmUps + round) * episodes;
            var before = CpuReading.Take(server, postmaster);
            direct.Add(await LoadResult.MeasureAsync($"round {round + 1} direct Marten", first, episodes, concurrency, viaMarten));
            var between = CpuReading.Take(server, postmaster);
            output.WriteLine(direct[^1]);
            output.WriteLine($"{"",22} {between.PerCommandSince(before, direct[^1].Commands)}");
            var load = LoadResult.MeasureAsync($"round {round + 1} HTTP end to end", first, episodes, concurrency, viaHttp);
            daemonLags.Add(await BackgroundWork.LargestDaemonLagWhileAsync(httpDatabase, load));
            http.Add(await load);
            output.WriteLine(http[^1]);
            output.WriteLine($"{"",22} {CpuReading.Take(server, postmaster).PerCommandSince(between, http[^1].Commands)} (the server's includes its daemon's work meanwhile)");
            // Not part of the HTTP figures (the answers were all given), but the next round waits for it.
            catchUps.Add(await BackgroundWork.WaitUntilDoneAsync(httpDatabase));
            output.WriteLine($"{"",22} daemon at most {daemonLags[^1].TotalSeconds:F1} s behind the newest event; projections and scheduled checks done {catchUps[^1].TotalSeconds:F1} s after the last answer");
        }

        var ratio = http.Sum(r => r.Commands) / http.Sum(r => r.Elapsed.TotalSeconds)
            / (direct.Sum(r => r.Commands) / direct.Sum(r => r.Elapsed.TotalSeconds));
        output.WriteLine($"HTTP / direct throughput: {ratio:F2} (target at least 0.50)");
        // The daemon keeps up when no event waits more than one poll of scheduled messages (5 s) to be projected while the
        // commands arrive. The scheduled checks' own catch-up (they are taken by polls 5 s apart) is printed beside it.
        var largestLag = daemonLags.Max();
        output.WriteLine($"daemon kept up: {(largestLag <= BackgroundWork.KeepingUp ? "yes" : "NO")}, at most {largestLag.TotalSeconds:F1} s behind the newest event in any round (kept up: within {BackgroundWork.KeepingUp.TotalSeconds:F0} s); scheduled checks done within {catchUps.Max().TotalSeconds:F1} s of the last answer");
        // The tail, side by side: each path's p99 over all its rounds' commands (target: HTTP under 50 ms on a quiet machine).
        var p99Ratio = LoadResult.P99Of(http) / LoadResult.P99Of(direct);
        output.WriteLine($"HTTP p99 {LoadResult.P99Of(http):F1} ms / direct p99 {LoadResult.P99Of(direct):F1} ms: {p99Ratio:F2} (target at most 1.50)");
        return 0;
    }

    /// <summary>At most so many rounds of warm-up.</summary>
    private const int MaxWarmUps = 6;

    /// <summary>
    /// Rounds of the load through both paths, each waited out, until the server's CPU a command stops falling (by less than
    /// a tenth from one round to the next; at most <see cref="MaxWarmUps"/>): the rounds are then timed at the server's
    /// steady state, as a service running for hours answers. The server compiles its endpoints and handlers on first use and
    /// recompiles the busy ones in stages, instrumented and then optimised (tiered PGO), and the background's handlers get
    /// their turn only as the scheduled checks fall due: after two rounds' worth of warm-up at once, the first timed round
    /// still cost the server 1.2-1.9 ms of CPU a command against 0.6-1.1 in the rounds after it. Answers how many rounds it took.
    /// </summary>
    private static async Task<int> WarmUpAsync(
        ServerUnderTest server, int postmaster, string httpDatabase, int episodes, int concurrency,
        Func<int, int, Task> viaMarten, Func<int, int, Task> viaHttp, TextWriter output)
    {
        double? previous = null;
        for (var round = 0; round < MaxWarmUps; round++)
        {
            await LoadResult.MeasureAsync("warm-up", round * episodes, episodes, concurrency, viaMarten);
            var before = CpuReading.Take(server, postmaster);
            var load = await LoadResult.MeasureAsync("warm-up", round * episodes, episodes, concurrency, viaHttp);
            var serverCpu = (CpuReading.Take(server, postmaster).Server - before.Server).TotalMilliseconds / load.Commands;
            await BackgroundWork.WaitUntilDoneAsync(httpDatabase);
            output.WriteLine($"warm-up {round + 1}: server CPU a command over HTTP {serverCpu:F2} ms");
            if (previous is { } last && serverCpu > 0.9 * last)
            {
                return round + 1;
            }

            previous = serverCpu;
        }

        return MaxWarmUps;
    }

    private static async Task SendAsync(HttpClient client, (string Url, byte[] Body) command, int episode, int step)
    {
        var (url, body) = command;
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add("Idempotency-Key", $"{episode}-{step}");
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            // A refused command does less work than an accepted one: figures with refusals would flatter HTTP.
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task AppendAsync(DocumentStore store, IEpisodeEvent recorded, int episode, int step)
    {
        await using var session = store.LightweightSession();
        var id = NoticeLoad.EpisodeId(episode);
        if (step == 0)
        {
            session.Events.StartStream(id, recorded);
        }
        else
        {
            session.Events.Append(id, step + 1, recorded);
        }

        await session.SaveChangesAsync();
    }

    private static DocumentStore DirectStore(string connectionString) => DocumentStore.For(options =>
    {
        // Pooled the way the server's are, so that neither path plans its appends afresh on each use of a connection.
        options.Connection(PreparedStatements.Tune(connectionString));
        options.UseSystemTextJsonForSerialization(configure: o => DischargeJson.Configure(o));
        options.Events.MetadataConfig.EnableAll();
    });

    private static readonly JsonSerializerOptions Json = DischargeJson.Configure(new());
}
