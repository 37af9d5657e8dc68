using System.Net;
using Discharge.Domain.Episodes;
using Discharge.Server.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Discharge.Server.Tests.Commands;

/// <summary>
/// The service decides first on the history it remembers, but another writer (another server on the same database,
/// the scheduled liability check) may have appended since. The stream version catches that, and the command is
/// decided again on what the stream really holds.
/// </summary>
public sealed class when_another_writer_changed_the_episode(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task a_command_decides_on_the_events_appended_since_the_service_last_wrote()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await AppendElsewhereAsync(episode, new PatientDischarged(new LocalDate(2004, 1, 14)));

        var notice = await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));

        await notice.ShouldBeProblem(HttpStatusCode.Conflict, "/problems/episode-closed");
        (await server.EventCount(episode)).Should().Be(2);
    }

    [Fact]
    public async Task an_episode_opened_elsewhere_is_not_taken_for_a_new_one()
    {
        var seen = await hospital.OpenEpisodeAsync();
        var openedElsewhere = Guid.NewGuid();
        await AppendElsewhereAsync(openedElsewhere, (await server.EventsOf(seen)).Single().Data);

        var secondNotice = await hospital.PostAsync($"/episodes/{openedElsewhere}/assessment-notice", Requests.AssessmentNotice("2004-01-12T11:00:00Z"));
        var dischargeNotice = await hospital.PostAsync(
            $"/episodes/{openedElsewhere}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));

        await secondNotice.ShouldBeProblem(HttpStatusCode.Conflict, "/problems/assessment-notice-in-force");
        dischargeNotice.StatusCode.Should().Be(HttpStatusCode.OK, "the episode exists, so the notice adds to it rather than opening it");
        (await server.EventsOf(openedElsewhere)).Select(e => e.Data).Should().SatisfyRespectively(
            first => first.Should().BeOfType<AssessmentNoticeGiven>(),
            second => second.Should().BeOfType<DischargeNoticeGiven>());
    }

    /// <summary>
    /// Appends as a writer other than this service's command path would (another server, a scheduled check), leaving
    /// what it remembers stale. At the version it read, as every writer appends, so that the event is chained.
    /// </summary>
    private async Task AppendElsewhereAsync(Guid episode, object recorded)
    {
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var version = (await session.Events.FetchStreamStateAsync(episode))?.Version ?? 0;
        session.Events.Append(episode, version + 1, recorded);
        await session.SaveChangesAsync();
    }
}
