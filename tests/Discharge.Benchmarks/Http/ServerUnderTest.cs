using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Discharge.Server.Database;

namespace Discharge.Benchmarks.Http;

/// <summary>
/// The server executable in its own process on a loopback port, logging only warnings, as in production. It can be
/// killed (SIGKILL), stopped as a service manager stops it (SIGTERM) and started again on the same address.
/// </summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private readonly ProcessStartInfo start;
    private readonly ConcurrentQueue<string> errors = new();
    private Process process;

    private ServerUnderTest(ProcessStartInfo start, Uri address)
    {
        this.start = start;
        Address = address;
        process = Launch(start, errors);
    }

    public Uri Address { get; }

    /// <summary>
    /// The built server executable: the server project's own output, of this build's configuration. Not the copy beside
    /// a test assembly: the server scans its folder for extension assemblies, and beside the tests it would meet F# ones
    /// (FsCheck) that it cannot load, and exit.
    /// </summary>
    public static string BuiltAssembly { get; } = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Discharge.Server", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, new DirectoryInfo(AppContext.BaseDirectory).Name, "Discharge.Server.dll"));

    /// <summary>The CPU the running server process has used so far.</summary>
    public TimeSpan ProcessorTime => process.TotalProcessorTime;

    /// <summary>What the server wrote on standard error (its log), in every process started so far.</summary>
    public IReadOnlyCollection<string> Log => errors;

    /// <summary>Starts the server and waits until it reports healthy; <paramref name="settings"/> are extra configuration, named as environment variables.</summary>
    public static async Task<ServerUnderTest> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var server = Launch(connectionString, settings);
        try
        {
            await server.WaitUntilHealthyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the server (<see cref="BuiltAssembly"/>, unless another <paramref name="assembly"/> is named) without waiting for it.</summary>
    public static ServerUnderTest Launch(string connectionString, IReadOnlyDictionary<string, string> settings, string? assembly = null)
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var start = new ProcessStartInfo("dotnet", [assembly ?? BuiltAssembly, "--urls", address.ToString()])
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

        return new ServerUnderTest(start, address);
    }

    public async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
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
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The server did not report healthy within two minutes. It logged:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    /// <summary>Kills the process outright (SIGKILL): nothing in it gets to finish or clean up.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Asks the process to stop (SIGTERM), as a service manager or container engine does, and waits for it to exit.</summary>
    public async Task<int> TerminateAsync(TimeSpan within)
    {
        using (var kill = Process.Start("kill", ["-TERM", $"{process.Id}"]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(within);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    /// <summary>Starts a new process, as the stopped one was, on the same address, and waits until it is healthy.</summary>
    public async Task RestartAsync()
    {
        process.Dispose();
        process = Launch(start, errors);
        await WaitUntilHealthyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private static Process Launch(ProcessStartInfo start, ConcurrentQueue<string> errors)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => errors.Enqueue(line.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
