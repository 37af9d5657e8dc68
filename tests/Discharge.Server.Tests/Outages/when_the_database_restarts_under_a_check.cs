using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Outages;

/// <summary>
/// A liability check whose database restarts under it, on a server and database of their own: the restarts of the other
/// outage tests would leave the poll of scheduled messages recovering when this one needs it.
/// </summary>
public sealed class when_the_database_restarts_under_a_check(DatabaseOutage outage) : IClassFixture<DatabaseOutage>
{
    [Fact]
    public async Task a_liability_check_cut_off_by_a_restart_runs_when_the_database_is_back_and_is_never_given_up()
    {
        using var client = outage.CreateClient();
        var episode = Guid.NewGuid();
        (await when_the_database_goes_away.SendAsync(client, $"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-02-09T10:15:00Z"), "an")).StatusCode
            .Should().Be(HttpStatusCode.Created);

        (await when_the_database_goes_away.SendAsync(client, $"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-02-10T09:00:00Z", "2004-02-12"), "dn")).StatusCode
            .Should().Be(HttpStatusCode.OK);

        // The check is long due, and the next poll of scheduled messages (every 5 s) takes it; the episode's stream is
        // held from now, so the check stops at its append, mid-handling.
        await using (var hold = await outage.HoldStreamAsync(episode))
        {
            await Eventually.HoldsAsync(hold.OtherIsWaitingAsync, "the liability check waits for the held stream", TimeSpan.FromSeconds(60));

            // Its connection dies in the restart, and attempts in the next second or two meet a closed port; attempts
            // given up on then would be dead letters by the time the database is back.
            await outage.StopDatabaseAsync("fast");
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        await outage.StartDatabaseAsync();

        await Eventually.HoldsAsync(async () => await outage.LiabilityStartedCountAsync(episode) > 0, "the check records that liability started", TimeSpan.FromSeconds(60));
        (await outage.LiabilityStartedCountAsync(episode)).Should().Be(1);
        (await outage.DeadLetterCountAsync()).Should().Be(0);
    }
}
