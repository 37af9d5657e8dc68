using System.Collections.Concurrent;
using System.Diagnostics;
using Discharge.Domain;
using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Benchmarks.Liability;

/// <summary>
/// Computes the liability of generated episodes on every core and reports episodes per second and bytes
/// allocated per episode, twice in one run: from the recorded events (the episode's fold, then the engine) and from
/// facts already folded (the engine alone, as a read model that keeps the fold calls it). Target (issue 3): at least
/// 200,000 episodes/s for 1,000,000 episodes on 2 cores.
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

        var folded = episodes.Select(e => Episode.From(Guid.Empty, e.Events).LiabilityFacts()).ToArray();
        output.WriteLine($"cores: {Environment.ProcessorCount}");
        Measure("from events", i => calculator.CalculateToRegimeEnd(episodes[i].Header, episodes[i].Events), episodeCount, output);
        Measure("from folded facts", i => calculator.CalculateToRegimeEnd(episodes[i].Header, folded[i]), episodeCount, output);
        return 0;
    }

    private static void Measure(string path, Func<int, EpisodeLiability> calculate, int episodeCount, TextWriter output)
    {
        Compute(calculate, Math.Min(episodeCount, 50_000));
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var totals = Compute(calculate, episodeCount);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        output.WriteLine($"{path}: computed {episodeCount:N0} liabilities in {clock.Elapsed.TotalSeconds:F2} s");
        output.WriteLine($"{path}: episodes/s: {episodeCount / clock.Elapsed.TotalSeconds:N0}");
        output.WriteLine($"{path}: allocated per episode: {allocated / (double)episodeCount:N0} bytes; gen0 collections: {GC.CollectionCount(0) - collectionsBefore:N0}");
        output.WriteLine($"{path}: days listed: {totals.Days:N0} ({totals.Days / (double)episodeCount:F1} per episode); chargeable: {totals.Chargeable:N0}; amount: £{totals.Amount:N0}");
    }

    private static (long Days, long Chargeable, decimal Amount) Compute(Func<int, EpisodeLiability> calculate, int episodeCount)
    {
        var sync = new object();
        (long Days, long Chargeable, decimal Amount) totals = default;
        Parallel.ForEach(
            Partitioner.Create(0, episodeCount, 4096),
            () => (Days: 0L, Chargeable: 0L, Amount: 0m),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var liability = calculate(i);
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
