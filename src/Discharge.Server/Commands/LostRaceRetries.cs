using JasperFx;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Discharge.Server.Commands;

/// <summary>
/// A scheduled handler whose append lost a race with a command (the stream moved on since its read) reads the
/// history again and decides on it: soon, while the race is likely over, and then, should commands keep arriving,
/// later from the durable store. It never gives up, so no check or deadline is lost to a busy stream.
/// </summary>
internal static class LostRaceRetries
{
    public static void RetryLostRaces(this HandlerChain chain) =>
        chain.OnException<ConcurrencyException>()
            .RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5))
            .Then.ScheduleRetryIndefinitely(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5));
}
