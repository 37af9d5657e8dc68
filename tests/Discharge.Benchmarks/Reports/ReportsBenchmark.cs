using System.Diagnostics;
using Discharge.Benchmarks.Http;

namespace Discharge.Benchmarks.Reports;

/// <summary>
/// The reports a council, an NHS body and an auditor run, over HTTP, against a store that already holds a history (a
/// simulated national year: <c>simulate</c>): each report once right after the server starts (cold: nothing compiled,
/// nothing cached in the process), then <c>--requests</c> times more (warm), printing each report's cold time and
/// p50/p95/max warm. With <c>--baseline-store</c> and <c>--baseline-build</c> the same requests go to another build on
/// its own copy of the store (each build applies its own schema), request by request in turn, so that both are
/// measured side by side under the same load. <c>--league 0</c> leaves out the league table, which reads every ledger. Target (issue 13): warm p50 under 150 ms and worst under 300 ms.
/// </summary>
internal static class ReportsBenchmark
{
    public static async Task<int> RunAsync(string[] options, TextWriter output)
    {
        if (BenchmarkOptions.String(options, "--store") is not { } store)
        {
            Console.Error.WriteLine("reports: --store CONNECTION-STRING names the store to read (e.g. one `simulate` wrote)");
            return 2;
        }

        var baselineStore = BenchmarkOptions.String(options, "--baseline-store");
        var baselineBuild = BenchmarkOptions.String(options, "--baseline-build");
        if ((baselineStore is null) != (baselineBuild is null))
        {
            Console.Error.WriteLine("reports: --baseline-store and --baseline-build go together (the other build's Discharge.Server.dll, on its own copy of the store)");
            return 2;
        }

        var requests = BenchmarkOptions.Int(options, "--requests", 10);
        var reports = await ReportSet.ChooseAsync(store, options);
        var league = BenchmarkOptions.Int(options, "--league", 1) == 1;
        output.WriteLine($"cores: {Environment.ProcessorCount}; load average at start: {LoadAverage()}");
        output.WriteLine(reports.Description);
        var identity = new BenchmarkIdentity();
        var builds = new List<(string Name, ServerUnderTest Server)>();
        try
        {
            if (baselineStore is not null)
            {
                builds.Add(("before", await StartAsync(baselineStore, identity, baselineBuild)));
            }

            builds.Add((baselineStore is null ? "this build" : "after", await StartAsync(store, identity, null)));
            using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
            output.WriteLine($"{"report",-44} {"build",-10} {"cold",8} {"p50",8} {"p95",8} {"max",8} {"answer",10}");
            // A report at a time, each line printed as it is measured: its first request on each build since the build
            // started (cold: the first of all is the first request the process answers), then the warm ones, the builds in turn.
            foreach (var request in reports.Requests.Where(r => league || !r.Name.StartsWith(ReportSet.League, StringComparison.Ordinal)))
            {
                var timings = builds.ToDictionary(b => b.Name, _ => new ReportTimings());
                foreach (var (name, server) in builds)
                {
                    timings[name].Cold = await request.TimeAsync(client, server.Address, identity);
                }

                for (var round = 0; round < requests; round++)
                {
                    foreach (var (name, server) in builds)
                    {
                        timings[name].Warm.Add(await request.TimeAsync(client, server.Address, identity));
                    }
                }

                foreach (var (name, _) in builds)
                {
                    output.WriteLine($"{request.Name,-44} {name,-10} {timings[name]}");
                }
            }

            output.WriteLine($"load average at the end: {LoadAverage()}");
            return 0;
        }
        finally
        {
            foreach (var (_, server) in builds)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static async Task<ServerUnderTest> StartAsync(string store, BenchmarkIdentity identity, string? build)
    {
        var server = ServerUnderTest.Launch(store, identity.ServerSettings(), build);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

/// <summary>One report's times on one build: its first request, and the warm ones after.</summary>
internal sealed class ReportTimings
{
    public ReportTiming Cold { get; set; }

    public List<ReportTiming> Warm { get; } = [];

    public override string ToString()
    {
        var warm = Warm.Select(t => t.Elapsed.TotalMilliseconds).Order().ToList();
        string Ms(double ms) => $"{ms,5:F0} ms";
        double At(double share) => warm[(int)Math.Ceiling(share * warm.Count) - 1];
        return warm.Count == 0
            ? $"{Ms(Cold.Elapsed.TotalMilliseconds)}"
            : $"{Ms(Cold.Elapsed.TotalMilliseconds)} {Ms(At(0.5))} {Ms(At(0.95))} {Ms(warm[^1])} {Cold.Bytes,10:N0}";
    }
}

/// <summary>How long a request took to be answered in full, and how many bytes the answer held.</summary>
internal readonly record struct ReportTiming(TimeSpan Elapsed, long Bytes)
{
    public static async Task<ReportTiming> MeasureAsync(HttpClient client, HttpRequestMessage request)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var elapsed = clock.Elapsed;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{request.RequestUri} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }

        return new ReportTiming(elapsed, body.Length);
    }
}
