using System.Diagnostics;
using System.Net;
using Discharge.Server.Database;

namespace Discharge.Benchmarks.Http;

/// <summary>The server executable in its own process on a loopback port, logging only warnings, as in production.</summary>
internal sealed class ServerUnderTest : IAsyncDisposable
{
    private readonly Process process;

    private ServerUnderTest(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the server; <paramref name="settings"/> are extra configuration, named as environment variables.</summary>
    public static async Task<ServerUnderTest> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Discharge.Server.dll"), "--urls", address.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Marten"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => errors.Enqueue(line.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerUnderTest(process, address);
        using var client = new HttpClient { BaseAddress = address };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {process.ExitCode}: {string.Join(Environment.NewLine, errors)}");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await server.DisposeAsync();
        throw new TimeoutException("The server did not report healthy within two minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
