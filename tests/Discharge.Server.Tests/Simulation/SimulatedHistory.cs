using Discharge.Domain;
using Discharge.Domain.Rules;
using Discharge.Server.Hosting;
using Discharge.Server.Simulation;
using Discharge.Server.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using NodaTime.Testing;

namespace Discharge.Server.Tests.Simulation;

/// <summary>
/// A small national history simulated into a store of its own, as the <c>simulate</c> command writes it: the store
/// configured as the service's, no daemon, no message store. Twenty notices a day over the 2015 change of regime.
/// </summary>
public sealed class SimulatedHistory : IAsyncLifetime
{
    /// <summary>The tests that read (and rebuild) the one simulated history, one at a time.</summary>
    public const string Collection = "simulated history";

    public static readonly SimulationSpan Span = new(new LocalDate(2015, 3, 9), new LocalDate(2015, 4, 27), Seed: 7, NoticesADay: 20);

    public IServiceProvider Services { get; private set; } = null!;

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public DischargeRules Rules => Services.GetRequiredService<DischargeRules>();

    /// <summary>What the simulation printed on standard output.</summary>
    public string Output { get; private set; } = "";

    public int ExitCode { get; private set; }

    public async Task InitializeAsync()
    {
        (Services, ExitCode, Output) = await SimulateAsync(Span);
    }

    /// <summary>Simulates <paramref name="span"/> into a new database; answers the services, the exit code and what was printed.</summary>
    public static async Task<(IServiceProvider Services, int ExitCode, string Output)> SimulateAsync(SimulationSpan span, IServiceProvider? into = null)
    {
        var services = into ?? await ServicesOnNewDatabaseAsync();
        await using var output = new StringWriter();
        var exitCode = await HistorySimulation.RunAsync(services, span, output, TextWriter.Null, CancellationToken.None);
        return (services, exitCode, output.ToString());
    }

    public static async Task<IServiceProvider> ServicesOnNewDatabaseAsync()
    {
        var connectionString = await SharedPostgres.CreateDatabaseAsync("simulation");
        var rules = new DischargeRules(ReferenceData.LoadFrom(null), RuleSets.Default);
        return new ServiceCollection()
            .AddSingleton(rules)
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0)))
            .AddSingleton<IDocumentStore>(DocumentStore.For(options => options.ConfigureDischarge(connectionString, rules)))
            .BuildServiceProvider();
    }

    /// <summary>Each row of a query on the store's database, as <paramref name="read"/> reads it.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(read(reader));
        }

        return values;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(SimulatedHistory.Collection)]
public sealed class SimulatedHistoryTests : ICollectionFixture<SimulatedHistory>;
