using Discharge.Server.Database;

namespace Discharge.Benchmarks.Http;

/// <summary>
/// CPU time spent so far by the processes a path runs on, read from /proc: where a command's time goes when the
/// machine, not the wait for an answer, is the limit.
/// </summary>
internal static class ProcessorTime
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>The process id of the cluster's postmaster, the first line of its pid file.</summary>
    public static int PostmasterOf(LocalPostgresCluster cluster) =>
        int.Parse(File.ReadLines(Path.Combine(cluster.Folder, "data", "postmaster.pid")).First());

    /// <summary>The PostgreSQL cluster's CPU: its postmaster, its live backends, and the backends it has reaped.</summary>
    public static TimeSpan OfCluster(int postmaster)
    {
        var total = Stat(postmaster, includeChildren: true);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Fields(pid) is { } fields && fields[1] == $"{postmaster}")
            {
                total += Stat(pid, includeChildren: false);
            }
        }

        return total;
    }

    /// <summary>A process's CPU (user and system), with that of its reaped children when asked.</summary>
    private static TimeSpan Stat(int pid, bool includeChildren)
    {
        if (Fields(pid) is not { } fields)
        {
            return TimeSpan.Zero;
        }

        // After the command: ppid is field 4 of stat, utime 14, stime 15, cutime 16, cstime 17 (here 1, 11, 12, 13, 14).
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]) + (includeChildren ? long.Parse(fields[13]) + long.Parse(fields[14]) : 0);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>The fields of /proc/pid/stat after the command name (which may itself hold spaces); null once the process is gone.</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>CPU spent by the harness, the server and PostgreSQL between two readings.</summary>
internal sealed record CpuReading(TimeSpan Harness, TimeSpan Server, TimeSpan Postgres)
{
    public static CpuReading Take(ServerUnderTest server, int postmaster) =>
        new(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime, server.ProcessorTime, ProcessorTime.OfCluster(postmaster));

    /// <summary>Milliseconds of each a command since <paramref name="before"/>.</summary>
    public string PerCommandSince(CpuReading before, int commands)
    {
        string Per(TimeSpan spent) => $"{spent.TotalMilliseconds / commands:F2}";
        return $"CPU a command: harness {Per(Harness - before.Harness)}, server {Per(Server - before.Server)}, PostgreSQL {Per(Postgres - before.Postgres)} ms";
    }
}
