using Alba;
using Discharge.Server.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using Wolverine;

namespace Discharge.Server.Tests.Support;

/// <summary>
/// The real server (its whole HTTP pipeline, Marten and Wolverine) on a database of its own in the shared
/// PostgreSQL, with a clock the tests control. Scheduled messages wait in the durable store until a test runs the
/// ones due by that clock (<see cref="ScheduledChecks.RunDueChecksAsync"/>): Wolverine's own poll goes by the wall
/// clock, and would record liability for back-dated notices at moments no test chose. Share one per test class
/// with IClassFixture.
/// </summary>
public class DischargeServer : IAsyncLifetime
{
    public static readonly Instant Start = Instant.FromUtc(2024, 3, 4, 9, 0);

    public DischargeServer()
        : this(Start)
    {
    }

    protected DischargeServer(Instant start, IReadOnlyDictionary<string, string>? settings = null)
    {
        Clock = new FakeClock(start);
        Settings = settings ?? new Dictionary<string, string>();
    }

    public FakeClock Clock { get; }

    public IAlbaHost Host { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Configuration beyond the connection string, as a variant of the server would have it.</summary>
    private IReadOnlyDictionary<string, string> Settings { get; }

    public async Task InitializeAsync()
    {
        ConnectionString = await SharedPostgres.CreateDatabaseAsync("discharge");
        Host = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Marten", ConnectionString);
            web.UseSetting(TestTokens.SigningKeySetting, TestTokens.SigningKey);
            foreach (var (name, value) in Settings)
            {
                web.UseSetting(name, value);
            }

            web.ConfigureServices(services =>
            {
                services.AddSingleton<IClock>(Clock);
                services.ConfigureWolverine(options =>
                {
                    options.Durability.ScheduledJobFirstExecution = NeverByItself;
                    options.Durability.ScheduledJobPollingTime = NeverByItself;
                });
                ConfigureServices(services);
            });
        });
    }

    /// <summary>
    /// A client whose requests carry a token for <paramref name="organisation"/> (by default the worked examples' NHS
    /// body), in the role its code implies unless one is given.
    /// </summary>
    public HttpClient CreateClient(string organisation = Requests.NhsBody, string? role = null)
    {
        var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(organisation, role);
        return client;
    }

    /// <summary>A client whose requests carry an auditor's token: it reads every episode and report.</summary>
    public HttpClient CreateAuditorClient() => CreateClient(TestTokens.Auditor, DischargeRoles.Auditor);

    /// <summary>A connection of its own to the server's database, open.</summary>
    public async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The first value of the first row <paramref name="sql"/> gives, read from the server's database.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenDatabaseAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Longer than any test run: the tests drive the poll of scheduled messages.</summary>
    private static readonly TimeSpan NeverByItself = TimeSpan.FromDays(1);

    /// <summary>Services a variant of the server adds or replaces.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();
}
