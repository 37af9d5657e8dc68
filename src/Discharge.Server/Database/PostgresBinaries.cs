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

    /// <summary>
    /// The folder named by DISCHARGE_PG_BINDIR when set (and only it: a wrong setting must not be papered over by
    /// another installation), else the first folder on the PATH, then the newest Debian installation.
    /// </summary>
    public static PostgresBinaries Locate()
    {
        var configured = Environment.GetEnvironmentVariable("DISCHARGE_PG_BINDIR");
        var candidates = string.IsNullOrWhiteSpace(configured) ? Candidates() : [configured];
        var folder = candidates.FirstOrDefault(HoldsServerBinaries) ?? throw new LocalPostgresUnavailableException(
            string.IsNullOrWhiteSpace(configured) ? InstallHint : $"DISCHARGE_PG_BINDIR ({configured}) holds no initdb and pg_ctl. {InstallHint}");
        return new PostgresBinaries(folder, Environment.UserName == "root");
    }

    private static bool HoldsServerBinaries(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    private static IEnumerable<string> Candidates()
    {
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
