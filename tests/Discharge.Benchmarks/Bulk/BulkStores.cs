using Discharge.Domain;
using Discharge.Domain.Rules;
using Discharge.Server.Bulk;
using Discharge.Server.Database;
using Discharge.Server.Hosting;
using Discharge.Server.Simulation;
using Marten;
using NodaTime;

namespace Discharge.Benchmarks.Bulk;

/// <summary>What the import and rebuild benchmarks share: a simulated national history, stores configured as the service's, and the decade's scale.</summary>
internal static class BulkStores
{
    public static readonly DischargeRules Rules = new(ReferenceData.LoadFrom(null), RuleSets.Default);

    /// <summary>A decade at rules.md §7's national volume: 2,000 notices a day.</summary>
    public const double DecadeEpisodes = 2000 * 3652.5;

    public static SimulationSpan Span(string[] options) => new(
        new LocalDate(2015, 1, 5),
        new LocalDate(2015, 1, 5).PlusDays(BenchmarkOptions.Int(options, "--days", 30)),
        BenchmarkOptions.Int(options, "--seed", 1),
        BenchmarkOptions.Int(options, "--notices-a-day", 2000));

    /// <summary>The history, a chunk at a time as it is made.</summary>
    public static IEnumerable<IReadOnlyList<StreamImport>> History(SimulationSpan span) =>
        new NationalHistory(Rules, span, SystemClock.Instance.GetCurrentInstant()).Chunks(span.From, 5000).Select(c => c.Episodes);

    public static async Task<DocumentStore> StoreAsync(LocalPostgresCluster cluster, string database)
    {
        await cluster.CreateDatabaseAsync(database);
        var store = DocumentStore.For(options => options.ConfigureDischarge(cluster.ConnectionStringFor(database), Rules));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    public static string Decade(double eventsPerEpisode, double eventsPerSecond) =>
        $"{DecadeEpisodes * eventsPerEpisode / 1e6:F1} million events: {TimeSpan.FromSeconds(DecadeEpisodes * eventsPerEpisode / eventsPerSecond):h\\:mm\\:ss}";
}
