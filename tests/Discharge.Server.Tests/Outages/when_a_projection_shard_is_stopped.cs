using Discharge.Server.Reporting;
using Discharge.Server.Tests.Reporting;
using Discharge.Server.Tests.Support;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Discharge.Server.Tests.Outages;

/// <summary>
/// The daemon stops a shard for good when its stored progress moves under it, as when a second node ran it for the few
/// seconds after PostgreSQL restarted. The shard must run again without a restart, or the delay ledgers stand still.
/// </summary>
public sealed class when_a_projection_shard_is_stopped(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task the_shard_starts_again_and_the_ledgers_catch_up()
    {
        var client = new HospitalClient(server);
        var first = await ReportingScenario.Open(client, "RTG", ReportingScenario.Derby, "2004-01-12T10:15:00Z", "2004-01-13T09:00:00Z", "2004-01-15");
        await server.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        (await LedgerAsync(first)).Should().NotBeNull();

        // What another node's run of the shard leaves behind: the stored progress is no longer where this node left it,
        // so its next batch fails to record progress and the daemon stops the shard.
        await MoveProgressBackAsync();
        var second = await ReportingScenario.Open(client, "RTG", ReportingScenario.Derby, "2004-02-09T10:15:00Z", "2004-02-10T09:00:00Z", "2004-02-12");

        await Eventually.HoldsAsync(async () => await LedgerAsync(second) is not null, "the second episode's ledger is written", TimeSpan.FromSeconds(60));
    }

    private async Task<EpisodeDelayLedger?> LedgerAsync(Guid episode)
    {
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<EpisodeDelayLedger>(episode);
    }

    private async Task MoveProgressBackAsync()
    {
        await using var connection = await server.OpenDatabaseAsync();
        await using var command = new NpgsqlCommand("UPDATE mt_event_progression SET last_seq_id = last_seq_id - 1 WHERE name = 'EpisodeDelayLedger:All'", connection);
        (await command.ExecuteNonQueryAsync()).Should().Be(1);
    }
}
