using Discharge.Server.Reporting;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Reporting;

/// <summary>The reports depend only on the events: rebuilt from scratch by the daemon, they answer the same.</summary>
[Collection(ReportingTests.Name)]
public sealed class when_rebuilding_the_reports(ReportingScenario scenario)
{
    private static readonly string[] Reports =
    [
        "/councils/E06000015/liability?from=2004-01-01&to=2005-12-31",
        "/councils/E09000007/liability?from=2004-01-01&to=2005-12-31",
        "/councils/E06000015/delays?from=2004-01-01&to=2005-12-31",
        "/nhs-bodies/RFS/delays?from=2004-01-01&to=2005-12-31",
        "/census?on=2004-12-20",
        "/census",
    ];

    [Fact]
    public async Task every_report_answers_the_same_after_a_rebuild()
    {
        var before = await Answers();
        var store = scenario.Server.Host.Services.GetRequiredService<IDocumentStore>();
        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(EpisodeDelayLedger));
        (await Answers()).Should().NotEqual(before, "the reports read the ledgers, which are gone until the rebuild");

        // Paused first: otherwise the coordinator restarts the live agent within a poll, and it races the rebuild.
        var coordinator = scenario.Server.Host.Services.GetRequiredService<IProjectionCoordinator>();
        await coordinator.PauseAsync();
        try
        {
            await coordinator.DaemonForMainDatabase().RebuildProjectionAsync(nameof(EpisodeDelayLedger), TimeSpan.FromSeconds(30), CancellationToken.None);
        }
        finally
        {
            await coordinator.ResumeAsync();
        }

        await scenario.ProjectionsCaughtUp();

        (await Answers()).Should().Equal(before);
    }

    private async Task<List<string>> Answers()
    {
        using var client = scenario.Server.CreateAuditorClient();
        var answers = new List<string>();
        foreach (var report in Reports)
        {
            answers.Add(await client.GetStringAsync(report));
        }

        return answers;
    }
}
