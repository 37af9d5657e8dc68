using System.Diagnostics;
using System.Net;
using Discharge.Benchmarks.Http;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Deployment;

/// <summary>
/// What ops/Dockerfile does, without a container engine: a copy of the sources has its code generated ahead of time
/// (<c>codegen write</c>), is published in Release, and the published service, told to load only that code
/// (<c>Discharge__CodeGeneration=Static</c>, which fails on any handler it cannot find), starts and serves.
/// </summary>
public sealed class when_published_with_static_code : IDisposable
{
    private static readonly string Repository = Path.GetFullPath(Path.Combine(ServerProcess.ProjectFolder, "..", ".."));
    private readonly string copy = Directory.CreateTempSubdirectory("discharge-publish-").FullName;

    [Fact]
    public async Task the_published_service_starts_and_records_commands()
    {
        CopySources();
        var project = Path.Combine(copy, "src", "Discharge.Server");
        await DotnetAsync("run", "-c", "Release", "--project", project, "--", "codegen", "write");
        Directory.GetFiles(Path.Combine(project, "Internal", "Generated"), "*.cs", SearchOption.AllDirectories).Should().NotBeEmpty();
        await DotnetAsync("publish", project, "-c", "Release", "-o", Path.Combine(copy, "publish"));

        await using var server = await StartAsync(Path.Combine(copy, "publish", "Discharge.Server.dll"));
        using var client = new HttpClient { BaseAddress = server.Address };
        var episode = Guid.NewGuid();
        var opened = await client.SendAsync(HospitalClient.Command($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z")));
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        // A discharge notice schedules a liability check: Wolverine's outbox code is static too.
        var noticed = await client.SendAsync(HospitalClient.Command($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15")));
        noticed.StatusCode.Should().Be(HttpStatusCode.OK, await noticed.Content.ReadAsStringAsync());
        server.Log.Should().NotContain(line => line.Contains("fail:", StringComparison.Ordinal), string.Join(Environment.NewLine, server.Log));
    }

    private static async Task<ServerUnderTest> StartAsync(string assembly)
    {
        var server = ServerUnderTest.Launch(await SharedPostgres.CreateDatabaseAsync("published"), new Dictionary<string, string>
        {
            ["Discharge__Identity__SigningKey"] = TestTokens.SigningKey,
            ["Discharge__CodeGeneration"] = "Static",
        }, assembly);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>What the Dockerfile copies: the build settings and the sources, without their build output.</summary>
    private void CopySources()
    {
        foreach (var file in new[] { "global.json", "nuget.config", "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(Repository, file), Path.Combine(copy, file));
        }

        var sources = Path.Combine(Repository, "src");
        foreach (var file in Directory.EnumerateFiles(sources, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sources, file);
            if (relative.Split(Path.DirectorySeparatorChar) is [_, "bin" or "obj", ..] or [_, "Internal", "Generated", ..])
            {
                continue;
            }

            var target = Path.Combine(copy, "src", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task DotnetAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, $"dotnet {string.Join(' ', args)} failed:{Environment.NewLine}{await output}{await error}");
    }

    public void Dispose() => Directory.Delete(copy, recursive: true);
}
