using System.ComponentModel;
using System.Diagnostics;
using Npgsql;

namespace Discharge.Server.Database;

/// <summary>
/// A throw-away PostgreSQL cluster started from the installed server binaries, for local runs and tests
/// when no connection string is configured. It lives in a temporary folder, listens on a free loopback
/// port, runs as a non-root user (PostgreSQL refuses to run as root) and is removed when disposed.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const string FolderPrefix = "discharge-pg-";
    private const string OwnerFile = "owner.pid";

    private readonly PostgresBinaries _binaries;
    private readonly string _root;
    private readonly bool _durable;
    private bool _stopped;

    private LocalPostgresCluster(PostgresBinaries binaries, string root, int port, bool durable)
    {
        _binaries = binaries;
        _root = root;
        Port = port;
        _durable = durable;
    }

    public int Port { get; }

    /// <summary>The temporary folder holding the cluster, deleted when it is disposed.</summary>
    internal string Folder => _root;

    /// <summary>Superuser connection to the cluster's maintenance database.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        MaxPoolSize = 50,
    }.ConnectionString;

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>
    /// Starts a cluster; a <paramref name="durable"/> one flushes every commit to disk, as a real server does, so that a
    /// crash (an immediate shutdown) loses nothing that was acknowledged.
    /// </summary>
    public static async Task<LocalPostgresCluster> StartAsync(bool durable = false, CancellationToken cancellation = default)
    {
        var binaries = PostgresBinaries.Locate();
        RemoveClustersOfDeadProcesses(binaries);

        // Named only once it holds its owner file, so that a folder without one is always a leftover.
        var name = FolderPrefix + Guid.NewGuid().ToString("N")[..12];
        var staging = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "." + name));
        await File.WriteAllTextAsync(Path.Combine(staging.FullName, OwnerFile), Environment.ProcessId.ToString(), cancellation);
        var root = Path.Combine(Path.GetTempPath(), name);
        staging.MoveTo(root);
        var cluster = new LocalPostgresCluster(binaries, root, LoopbackPort.Free(), durable);
        try
        {
            await cluster.InitialiseAndStartAsync(cancellation);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private async Task InitialiseAndStartAsync(CancellationToken cancellation)
    {
        _binaries.GiveOwnershipToServerUser(_root);
        await _binaries.RunAsync("initdb", ["-D", DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], cancellation);
        await StartServerAsync(cancellation);
    }

    private async Task StartServerAsync(CancellationToken cancellation)
    {
        // Unless durable, durability settings are off: the cluster is thrown away, and tests want speed.
        string[] durability = _durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"];
        var serverOptions = string.Join(' ', [$"-p {Port}", $"-k {_root}", "-c listen_addresses=127.0.0.1", "-c max_connections=300", .. durability]);
        await _binaries.RunAsync("pg_ctl", ["start", "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o", serverOptions], cancellation);
        await WaitUntilAcceptingConnectionsAsync(cancellation);
    }

    /// <summary>
    /// Stops the server (<c>pg_ctl stop -m</c> <paramref name="mode"/>: <c>smart</c>, <c>fast</c> or <c>immediate</c>,
    /// the last a crash as far as the database can tell), keeping its data, for a test of an outage.
    /// </summary>
    public Task StopServerAsync(string mode, CancellationToken cancellation = default) =>
        _binaries.RunAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", mode, "-w"], cancellation);

    /// <summary>Starts the server stopped by <see cref="StopServerAsync"/> again, on the same port and data.</summary>
    public Task StartServerAgainAsync(CancellationToken cancellation = default) => StartServerAsync(cancellation);

    private async Task WaitUntilAcceptingConnectionsAsync(CancellationToken cancellation)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync(cancellation);
                return;
            }
            catch (NpgsqlException) when (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100, cancellation);
            }
        }
    }

    public async Task CreateDatabaseAsync(string database, CancellationToken cancellation = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE template0", connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await _binaries.RunAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], CancellationToken.None, throwOnFailure: false);
        }

        RemoveAfterExit(_root);
    }

    /// <summary>
    /// Deletes the folder in a process of its own, which outlives this one: a test host is ended moments after its
    /// run, before it could delete hundreds of megabytes, and every run left its cluster behind.
    /// </summary>
    private static void RemoveAfterExit(string folder)
    {
        try
        {
            using var remover = Process.Start(new ProcessStartInfo("rm", ["-rf", "--", folder]) { UseShellExecute = false });
        }
        catch (Win32Exception)
        {
            TryDelete(folder);
        }
    }

    /// <summary>Stops and deletes clusters left behind by processes that were killed before they could clean up.</summary>
    private static void RemoveClustersOfDeadProcesses(PostgresBinaries binaries)
    {
        foreach (var root in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (!IsAbandoned(root))
            {
                continue;
            }

            var data = Path.Combine(root, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                binaries.RunAsync("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-w"], CancellationToken.None, throwOnFailure: false)
                    .GetAwaiter().GetResult();
            }

            TryDelete(root);
        }
    }

    /// <summary>Its owner has exited, or its owner file is gone: a deletion was cut short.</summary>
    private static bool IsAbandoned(string root)
    {
        var ownerFile = Path.Combine(root, OwnerFile);
        return !File.Exists(ownerFile) || (int.TryParse(File.ReadAllText(ownerFile), out var owner) && !IsAlive(owner));
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the next start sweeps it if its owner is gone.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
