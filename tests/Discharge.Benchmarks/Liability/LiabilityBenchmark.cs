using System.Collections.Concurrent;
using System.Diagnostics;
using Discharge.Domain;
using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Benchmarks.Liability;

/// <summary>
/// Computes the liability of generated episodes on every core and reports episodes per second and bytes
/// allocated per episode. Target (issue 3): at least 200,000 episodes/s for 1,000,000 episodes on 2 cores.
/// </summary>
internal static class LiabilityBenchmark
{
    public static int Run(string[] options, TextWriter output)
    {
        var episodeCount = BenchmarkOptions.Int(options, "--episodes", 1_000_000);
        var seed = BenchmarkOptions.Int(options, "--seed", 2003);
        var calculator = new LiabilityCalculator(RuleSets.Default, ReferenceData.Default);

        var generation = Stopwatch.StartNew();
        var generator = new RealisticEpisodes(seed);
        var episodes = new (EpisodeHeader Header, IEpisodeEvent[] Events)[episodeCount];
        for (var i = 0; i < episodes.Length; i++)
        {
            episodes[i] = generator.Next();
        }

        output.WriteLine($"generated {episodeCount:N0} episodes (seed {seed}) in {generation.Elapsed.TotalSeconds:F1} s");

        Compute(calculator, episodes.AsSpan(0, Math.Min(episodes.Length, 50_000)).ToArray());
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var totals = Compute(calculator, episodes);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        output.WriteLine($"cores: {Environment.ProcessorCount}");
        output.WriteLine($"computed {episodeCount:N0} liabilities in {clock.Elapsed.TotalSeconds:F2} s");
        output.WriteLine($"episodes/s: {episodeCount / clock.Elapsed.TotalSeconds:N0}");
        output.WriteLine($"allocated per episode: {allocated / (double)episodeCount:N0} bytes; gen0 collections: {GC.CollectionCount(0) - collectionsBefore:N0}");
        output.WriteLine($"days listed: {totals.Days:N0} ({totals.Days / (double)episodeCount:F1} per episode); chargeable: {totals.Chargeable:N0}; amount: £{totals.Amount:N0}");
        return 0;
    }

    private static (long Days, long Chargeable, decimal Amount) Compute(LiabilityCalculator calculator, (EpisodeHeader Header, IEpisodeEvent[] Events)[] episodes)
    {
        var sync = new object();
        (long Days, long Chargeable, decimal Amount) totals = default;
        Parallel.ForEach(
            Partitioner.Create(0, episodes.Length, 4096),
            () => (Days: 0L, Chargeable: 0L, Amount: 0m),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var liability = calculator.CalculateToRegimeEnd(episodes[i].Header, episodes[i].Events);
                    local = (local.Days + liability.Days.Count, local.Chargeable + liability.ChargeableDays, local.Amount + liability.TotalAmount);
                }

                return local;
            },
            local =>
            {
                lock (sync)
                {
                    totals = (totals.Days + local.Days, totals.Chargeable + local.Chargeable, totals.Amount + local.Amount);
                }
            });
        return totals;
    }
}
