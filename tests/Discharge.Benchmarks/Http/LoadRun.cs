using System.Diagnostics;

namespace Discharge.Benchmarks.Http;

/// <summary>Commands per second and latency percentiles of one path under the same concurrent load.</summary>
internal sealed record LoadResult(string Path, int Commands, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds)
{
    public double PerSecond => Commands / Elapsed.TotalSeconds;

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
        return new LoadResult(path, latencies.Length, clock.Elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(fraction * sorted.Length) - 1)];
}
