using System.Diagnostics;

namespace Discharge.Server.Tests.Support;

/// <summary>The server executable run as a separate process, as a user runs it, with what it printed.</summary>
public sealed record ServerProcess(int ExitCode, string Output, string Error)
{
    public static async Task<ServerProcess> RunAsync(string[] args, IReadOnlyDictionary<string, string?> environment, string stdin = "")
    {
        var server = Path.Combine(AppContext.BaseDirectory, "Discharge.Server.dll");
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
