using System.Diagnostics;
using Discharge.Benchmarks.Http;
using Discharge.Server.Database;
using Discharge.Server.Tests.Support;
using Npgsql;

namespace Discharge.Server.Tests.Hosting;

/// <summary>The real executable on a database of its own: start-up says where it listens, on what, and nothing more.</summary>
public class when_the_server_starts
{
    [Fact]
    public async Task it_prints_its_address_database_and_daemon_mode_on_standard_error_and_no_ddl()
    {
        var connectionString = await SharedPostgres.CreateDatabaseAsync("startup");
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var address = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var summary = $"Discharge listening on {address}; database {database.Database} on {database.Host}:{database.Port}; projection daemon Solo";

        var start = ServerProcess.StartInfo([], new Dictionary<string, string?>
        {
            ["ConnectionStrings__Marten"] = connectionString,
            ["ASPNETCORE_URLS"] = address,
        });
        using var server = Process.Start(start)!;
        var output = server.StandardOutput.ReadToEndAsync();
        var error = new List<string>();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            while (await server.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                error.Add(line);
                if (line.Contains("Discharge listening on", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        server.Kill();
        await server.WaitForExitAsync();

        error.Should().Equal(
            "info: Microsoft.Hosting.Lifetime[14]",
            $"      Now listening on: {address}",
            "info: Microsoft.Hosting.Lifetime[0]",
            "      Application started. Press Ctrl+C to shut down.",
            "info: Microsoft.Hosting.Lifetime[0]",
            "      Hosting environment: Development",
            "info: Microsoft.Hosting.Lifetime[0]",
            $"      Content root path: {Path.GetDirectoryName(ServerUnderTest.BuiltAssembly)}{Path.DirectorySeparatorChar}",
            "info: Discharge.Server[1929458206]",
            $"      {summary}");
        (await output).Should().NotContain("Searching").And.NotContain("CREATE").And.BeNullOrWhiteSpace();
    }
}
