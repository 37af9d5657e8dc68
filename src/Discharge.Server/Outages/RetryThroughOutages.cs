using Wolverine;
using Wolverine.ErrorHandling;

namespace Discharge.Server.Outages;

/// <summary>
/// Scheduled work (a liability check, a panel deadline, a council's notice) that meets a database it cannot reach is
/// tried again until the database is back, never given up: Wolverine's default, three attempts and then the dead
/// letters, lost checks to a PostgreSQL restart (the attempts, seconds apart, all fell inside it).
/// </summary>
internal static class RetryThroughOutages
{
    /// <summary>In memory, seconds apart: enough for a restart.</summary>
    private static readonly TimeSpan[] Cooldowns = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    /// <summary>Then back in the durable store, to wait out a longer outage without holding a worker.</summary>
    private static readonly TimeSpan[] Rescheduled = [TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];

    public static void RetryMessagesThroughDatabaseOutages(this WolverineOptions options) =>
        options.OnException(DatabaseOutage.IsOutage, "the database cannot be reached")
            .RetryWithCooldown(Cooldowns)
            .Then.ScheduleRetryIndefinitely(Rescheduled);
}
