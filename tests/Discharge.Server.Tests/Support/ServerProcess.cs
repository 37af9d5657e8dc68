using System.Diagnostics;

namespace Discharge.Server.Tests.Support;

/// <summary>The server executable run as a separate process, as a user runs it, with what it printed.</summary>
public sealed record ServerProcess(int ExitCode, string Output, string Error)
{
    /// <summary>The server project's folder, for <c>dotnet run --project</c>.</summary>
    public static readonly string ProjectFolder =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Discharge.Server"));

    public static Task<ServerProcess> RunAsync(string[] args, IReadOnlyDictionary<string, string?> environment, string stdin = "") =>
        RunAsync(StartInfo(args, environment), stdin);

    /// <summary><c>dotnet run --project</c> from <paramref name="folder"/>, the built server, as a user in that folder types it.</summary>
    public static Task<ServerProcess> DotnetRunAsync(string folder, params string[] args) =>
        DotnetRunAsync(folder, new Dictionary<string, string?>(), args);

    /// <summary>The same with <paramref name="environment"/> set (null removes a variable).</summary>
    public static Task<ServerProcess> DotnetRunAsync(string folder, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--project", ProjectFolder, "--", .. args])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return RunAsync(start, "");
    }

    /// <summary>How the server executable is started, for a test that reads its output while it runs.</summary>
    public static ProcessStartInfo StartInfo(string[] args, IReadOnlyDictionary<string, string?> environment)
    {
        var server = Discharge.Benchmarks.Http.ServerUnderTest.BuiltAssembly;
        var start = new ProcessStartInfo("dotnet", [server, .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Waits until the started server says it listens, then drains its output so that it never blocks on a full pipe.</summary>
    public static async Task ListeningAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await server.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains("Discharge listening on", StringComparison.Ordinal))
            {
                // Its further lines are not read: the server must not block on a full pipe.
                _ = server.StandardError.ReadToEndAsync(CancellationToken.None);
                _ = server.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        throw new InvalidOperationException($"The server exited with code {server.ExitCode} before listening.");
    }

    private static async Task<ServerProcess> RunAsync(ProcessStartInfo start, string stdin)
    {
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return new ServerProcess(process.ExitCode, await output, await error);
    }
}
