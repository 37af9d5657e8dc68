using System.Diagnostics;

namespace Discharge.Benchmarks.Http;

/// <summary>Commands per second and latency percentiles of one path under the same concurrent load.</summary>
internal sealed record LoadResult(string Path, TimeSpan Elapsed, double[] SortedLatencies)
{
    public int Commands => SortedLatencies.Length;

    public double PerSecond => Commands / Elapsed.TotalSeconds;

    public double P50Milliseconds => Percentile(SortedLatencies, 0.50);

    public double P99Milliseconds => Percentile(SortedLatencies, 0.99);

    /// <summary>The p99 of every command of <paramref name="rounds"/> taken together.</summary>
    public static double P99Of(IEnumerable<LoadResult> rounds) =>
        Percentile([.. rounds.SelectMany(r => r.SortedLatencies).Order()], 0.99);

    public override string ToString() =>
        $"{Path,-22} {Commands,8:N0} commands in {Elapsed.TotalSeconds,6:F2} s   {PerSecond,8:N0}/s   p50 {P50Milliseconds,6:F1} ms   p99 {P99Milliseconds,6:F1} ms";

    /// <summary>
    /// Runs episodes <paramref name="first"/> onwards, <paramref name="concurrency"/> at a time; each episode's
    /// commands run in order, as a hospital sends them.
    /// </summary>
    public static async Task<LoadResult> MeasureAsync(string path, int first, int episodes, int concurrency, Func<int, int, Task> send)
    {
        var latencies = new double[episodes * NoticeLoad.CommandsPerEpisode];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, episodes), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            for (var step = 0; step < NoticeLoad.CommandsPerEpisode; step++)
            {
                var started = Stopwatch.GetTimestamp();
                await send(first + i, step);
                latencies[(i * NoticeLoad.CommandsPerEpisode) + step] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        });
        clock.Stop();
        Array.Sort(latencies);
        return new LoadResult(path, clock.Elapsed, latencies);
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(fraction * sorted.Length) - 1)];
}
