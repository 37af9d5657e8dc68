using System.Diagnostics;

namespace Discharge.Server.Database;

/// <summary>Finds the PostgreSQL server binaries and runs them, as a non-root user when this process is root.</summary>
internal sealed class PostgresBinaries
{
    /// <summary>PostgreSQL refuses to run as root; when we are root the cluster belongs to this user.</summary>
    private const string ServerUser = "postgres";

    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found: install them (Debian/Ubuntu: `apt-get install postgresql`), " +
        "set DISCHARGE_PG_BINDIR to their folder, or configure ConnectionStrings__Marten.";

    private readonly string _folder;
    private readonly bool _asServerUser;

    private PostgresBinaries(string folder, bool asServerUser)
    {
        _folder = folder;
        _asServerUser = asServerUser;
    }

    public static PostgresBinaries Locate()
    {
        var folder = Candidates().FirstOrDefault(f => File.Exists(Path.Combine(f, "initdb")) && File.Exists(Path.Combine(f, "pg_ctl")))
            ?? throw new LocalPostgresUnavailableException(InstallHint);
        return new PostgresBinaries(folder, Environment.UserName == "root");
    }

    private static IEnumerable<string> Candidates()
    {
        var configured = Environment.GetEnvironmentVariable("DISCHARGE_PG_BINDIR");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            yield return configured;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return folder;
        }

        // Debian and Ubuntu install each major version under its own folder, off the PATH: newest first.
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            foreach (var version in Directory.GetDirectories(debianRoot).OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var n) ? n : 0))
            {
                yield return Path.Combine(version, "bin");
            }
        }
    }

    public void GiveOwnershipToServerUser(string folder)
    {
        if (_asServerUser)
        {
            Run("chown", ["-R", $"{ServerUser}:", folder]);
        }
    }

    public async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellation, bool throwOnFailure = true)
    {
        using var process = Start(Path.Combine(_folder, program), arguments);
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0 && throwOnFailure)
        {
            throw new LocalPostgresUnavailableException(
                $"{program} failed with exit code {process.ExitCode}: {(await errors).Trim()} {(await output).Trim()}");
        }
    }

    private void Run(string program, IReadOnlyList<string> arguments)
    {
        using var process = Start(program, arguments, asServerUser: false);
        process.WaitForExit();
    }

    private Process Start(string program, IReadOnlyList<string> arguments, bool? asServerUser = null)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser ?? _asServerUser)
        {
            info.FileName = "runuser";
            foreach (var argument in (string[])["-u", ServerUser, "--", program])
            {
                info.ArgumentList.Add(argument);
            }
        }
        else
        {
            info.FileName = program;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new LocalPostgresUnavailableException($"could not start {program}");
    }
}
