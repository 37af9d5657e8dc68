using Discharge.Server.Hosting;
using Marten;
using Marten.Linq.MatchesSql;
using NodaTime;

namespace Discharge.Server.Commands;

/// <summary>
/// Removes the receipts of commands received longer ago than <c>Discharge:ReceiptRetentionDays</c> (30 by default) on
/// the service's clock, at start-up and then every <c>Discharge:ReceiptPurgeEvery</c> (an hour), so that they do not
/// grow forever. A retry after that counts as a new command. Each run is one DELETE, so several servers on one
/// database may run it side by side: whichever comes second finds nothing left to remove.
/// </summary>
public sealed partial class ReceiptPurge(IDocumentStore store, IClock clock, IConfiguration configuration, ILogger<ReceiptPurge> logger) : BackgroundService
{
    private readonly Duration retention = Duration.FromDays(PositiveSetting.Read(configuration, "Discharge:ReceiptRetentionDays", 30));
    private readonly TimeSpan every = PositiveSetting.Read(configuration, "Discharge:ReceiptPurgeEvery", TimeSpan.FromHours(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A database that is down now may be back at the next run; the service goes on meanwhile.
                PurgeFailed(logger, e, every);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PurgeAsync(CancellationToken cancellation)
    {
        var cutoff = (clock.GetCurrentInstant() - retention).ToDateTimeOffset();
        await using var session = store.LightweightSession();
        // Received-at is stored as ISO text, whose string order breaks on fractional seconds: compare it as a time.
        session.DeleteWhere<CommandReceipt>(r => r.MatchesSql("(data ->> 'receivedAt')::timestamptz < ?", cutoff));
        await session.SaveChangesAsync(cancellation);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing old command receipts failed; the next attempt is in {Every}.")]
    private static partial void PurgeFailed(ILogger logger, Exception exception, TimeSpan every);
}
