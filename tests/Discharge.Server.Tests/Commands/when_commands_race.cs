using System.Net;
using Discharge.Domain.Episodes;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Commands;

/// <summary>Commands on one episode at the same moment: the stream version decides, and no accepted command is lost.</summary>
public abstract class when_commands_race(DischargeServer server)
{
    private const string Camden = "E09000007";
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task of_two_different_first_notices_for_one_episode_one_opens_it_and_the_other_is_refused()
    {
        var episode = Guid.NewGuid();
        var toDerby = hospital.PostAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        var toCamden = hospital.PostAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:20:00Z", Camden));
        var answers = await Task.WhenAll(toDerby, toCamden);

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBeProblem(HttpStatusCode.Conflict, "/problems/assessment-notice-in-force");
        var winner = answers[0].StatusCode == HttpStatusCode.Created ? Requests.Council : Camden;
        var notice = (await server.EventsOf(episode)).Select(e => e.Data).Should().ContainSingle().Which.Should().BeOfType<AssessmentNoticeGiven>().Subject;
        notice.Council.Should().Be(winner);
    }

    [Fact]
    public async Task different_commands_sent_together_on_one_episode_all_land()
    {
        var episode = await hospital.OpenEpisodeAsync();
        var council = hospital.As(Requests.Council);

        var sends = Enumerable.Range(0, 8)
            .Select(i => hospital.PostAsync($"/episodes/{episode}/nhs-service-awaited", new { from = $"2004-02-{2 * i + 1:00}", until = $"2004-02-{2 * i + 2:00}" }))
            .Append(council.PostAsync($"/episodes/{episode}/acknowledgements", new { notice = "assessment", response = "accept" }))
            .Append(council.PostAsync($"/episodes/{episode}/services-in-place", new { on = "2004-03-01" }));
        var answers = await Task.WhenAll(sends);

        answers.Should().AllSatisfy(a => a.StatusCode.Should().Be(HttpStatusCode.OK));
        var events = (await server.EventsOf(episode)).Select(e => e.Data).ToList();
        events.Should().HaveCount(11);
        events.OfType<NhsServiceAwaited>().Select(e => e.From.Day).Should().BeEquivalentTo([1, 3, 5, 7, 9, 11, 13, 15]);
        events.OfType<NoticeAcknowledged>().Should().ContainSingle();
        events.OfType<CouncilServicesInPlace>().Should().ContainSingle();
    }
}

/// <summary>On a server deciding first on the histories it remembers.</summary>
public sealed class when_commands_race_on_a_server_remembering_histories(DischargeServer server)
    : when_commands_race(server), IClassFixture<DischargeServer>;

/// <summary>On a server that reads every episode before deciding.</summary>
public sealed class when_commands_race_on_a_server_remembering_nothing(DischargeServerRememberingNothing server)
    : when_commands_race(server), IClassFixture<DischargeServerRememberingNothing>;
