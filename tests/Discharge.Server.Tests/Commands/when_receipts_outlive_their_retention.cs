using System.Diagnostics;
using System.Net;
using Discharge.Server.Commands;
using Discharge.Server.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Discharge.Server.Tests.Commands;

/// <summary>
/// Receipts are kept for the retention window on the service's clock (30 days by default) and then removed by the
/// server itself; a retry after that is decided as a new command.
/// </summary>
public sealed class when_receipts_outlive_their_retention(when_receipts_outlive_their_retention.Server server)
    : IClassFixture<when_receipts_outlive_their_retention.Server>
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task receipts_older_than_the_window_are_removed_and_their_retries_count_as_new_commands()
    {
        var (oldEpisode, oldKey) = (Guid.NewGuid(), Guid.NewGuid().ToString());
        var (recentEpisode, recentKey) = (Guid.NewGuid(), Guid.NewGuid().ToString());
        var notice = Requests.AssessmentNotice("2004-01-12T10:15:00Z");
        server.Clock.Reset(DischargeServer.Start);
        var oldAnswer = await hospital.PostAsync($"/episodes/{oldEpisode}/assessment-notice", notice, oldKey);
        server.Clock.Reset(DischargeServer.Start + Duration.FromMinutes(2));
        var recentAnswer = await hospital.PostAsync($"/episodes/{recentEpisode}/assessment-notice", notice, recentKey);

        server.Clock.Reset(DischargeServer.Start + Duration.FromDays(30) + Duration.FromMinutes(1));
        await ReceiptRemovedAsync(oldKey);

        (await ReceiptAsync(recentKey)).Should().NotBeNull("it is a minute inside the window");
        oldAnswer.StatusCode.Should().Be(HttpStatusCode.Created);
        var oldRetry = await hospital.PostAsync($"/episodes/{oldEpisode}/assessment-notice", notice, oldKey);
        await oldRetry.ShouldBeProblem(HttpStatusCode.Conflict, "/problems/assessment-notice-in-force");
        var recentRetry = await hospital.PostAsync($"/episodes/{recentEpisode}/assessment-notice", notice, recentKey);
        recentRetry.StatusCode.Should().Be(HttpStatusCode.Created, "the receipt still answers");
        (await recentRetry.Content.ReadAsStringAsync()).Should().Be(await recentAnswer.Content.ReadAsStringAsync());
        (await server.EventCount(oldEpisode)).Should().Be(1);
        (await server.EventCount(recentEpisode)).Should().Be(1);
    }

    /// <summary>Waits for the server's own purge, which runs every fraction of a second in this fixture.</summary>
    private async Task ReceiptRemovedAsync(string key)
    {
        var waited = Stopwatch.StartNew();
        while (await ReceiptAsync(key) is not null)
        {
            waited.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "the purge runs every 200 ms");
            await Task.Delay(100);
        }
    }

    private async Task<CommandReceipt?> ReceiptAsync(string key)
    {
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<CommandReceipt>($"{Requests.NhsBody}|{key}");
    }

    /// <summary>The server with the default window and a purge every 200 ms, so that a test sees it run.</summary>
    public sealed class Server()
        : DischargeServer(Start, new Dictionary<string, string> { ["Discharge:ReceiptPurgeEvery"] = "00:00:00.200" });
}
