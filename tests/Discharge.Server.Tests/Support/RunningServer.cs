using System.Diagnostics;
using Discharge.Server.Database;

namespace Discharge.Server.Tests.Support;

/// <summary>
/// The server executable listening on a loopback port (real Kestrel, real HTTP), on a database of its own, with
/// the test signing key and the settings a variant adds, in Production unless it names another environment, started
/// with <paramref name="args"/>. Share one per test class with IClassFixture.
/// </summary>
public class RunningServer(IReadOnlyDictionary<string, string> settings, string[]? args = null) : IAsyncLifetime
{
    private Process? server;

    public Uri Address { get; } = new($"http://127.0.0.1:{LoopbackPort.Free()}");

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Marten"] = await SharedPostgres.CreateDatabaseAsync("running"),
            ["ASPNETCORE_URLS"] = Address.ToString(),
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Discharge__Identity__SigningKey"] = TestTokens.SigningKey,
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        server = Process.Start(ServerProcess.StartInfo(args ?? [], environment))!;
        await ServerProcess.ListeningAsync(server);
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    public async Task DisposeAsync()
    {
        server!.Kill();
        await server.WaitForExitAsync();
        server.Dispose();
    }
}
