using Discharge.Server.Hosting;
using Marten;
using Npgsql;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// Moves the notices' rows into their counts by council and day (<see cref="NoticeDays"/>), every
/// <c>Discharge:NoticeRollUpEvery</c> (1 minute by default), so that counting a window's notices reads a row a council and
/// day however many notices there were. Rows and counts change in one statement, so a reader sees every notice once; a
/// notice appended meanwhile stays a row until the next time. One node at a time (an advisory lock); the others skip.
/// </summary>
public sealed partial class NoticeRollUp(IDocumentStore store, IConfiguration configuration, ILogger<NoticeRollUp> logger) : BackgroundService
{
    /// <summary>An advisory lock's key of our own ("DNOTICE" in ASCII), held while the rows are moved.</summary>
    private const long AdvisoryLock = 0x444E4F54494345;

    private readonly TimeSpan every = PositiveSetting.Read(configuration, "Discharge:NoticeRollUpEvery", TimeSpan.FromMinutes(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var connection = store.Storage.Database.CreateConnection();
                await connection.OpenAsync(stoppingToken);
                await RollUpAsync(connection, store.Options, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A database that is down now may be back next time; the rows wait for it, and count meanwhile.
                Failed(logger, e, every);
            }
        }
    }

    /// <summary>Moves every notice row into the counts, unless another node is doing so; how many rows were moved.</summary>
    public static async Task<long> RollUpAsync(NpgsqlConnection connection, IReadOnlyStoreOptions options, CancellationToken cancellation)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using var locking = new NpgsqlCommand($"SELECT pg_try_advisory_xact_lock({AdvisoryLock})", connection, transaction);
        if (!(bool)(await locking.ExecuteScalarAsync(cancellation))!)
        {
            return 0;
        }

        await using var moving = new NpgsqlCommand(
            $"""
             WITH moved AS (DELETE FROM {NoticeDays.TableIn(options)} RETURNING council, day),
               counted AS (INSERT INTO {NoticeDays.CountsTableIn(options)}
                 SELECT council, day, count(*) FROM moved GROUP BY council, day ORDER BY council, day
                 ON CONFLICT (council, day) DO UPDATE SET notices = {NoticeDays.CountsTable}.notices + excluded.notices)
             SELECT count(*) FROM moved
             """,
            connection,
            transaction);
        var moved = (long)(await moving.ExecuteScalarAsync(cancellation))!;
        await transaction.CommitAsync(cancellation);
        return moved;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolling up the assessment notices' rows failed; the next attempt is in {Every}.")]
    private static partial void Failed(ILogger logger, Exception exception, TimeSpan every);
}
