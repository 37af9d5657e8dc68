using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

public sealed class when_giving_the_first_assessment_notice(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task the_hospital_gets_an_acknowledgement_and_the_episode_can_be_read_back()
    {
        var episode = Guid.NewGuid();
        var response = await hospital.PostAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T15:30:00Z"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/episodes/{episode}");
        var receipt = await HospitalClient.BodyOf(response);
        receipt.GetProperty("countsAsGivenOn").GetString().Should().Be("2004-01-13", "15:30 is after the 14:00 cut-off");
        receipt.GetProperty("regime").GetString().Should().Be("act-2003");

        var view = (await hospital.GetJsonAsync($"/episodes/{episode}")).GetProperty("episode");
        view.GetProperty("nhsBody").GetString().Should().Be("RTG");
        view.GetProperty("council").GetString().Should().Be("E06000015");
    }

    [Fact]
    public async Task an_unknown_episode_is_not_found_with_problem_details()
    {
        using var client = server.CreateClient();
        var response = await client.GetAsync($"/episodes/{Guid.NewGuid()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task a_notice_delivered_in_the_future_is_refused()
    {
        var future = server.Clock.GetCurrentInstant().PlusTicks(TimeSpan.TicksPerDay).ToString();
        var problem = await Refused(
            await hospital.PostAsync($"/episodes/{Guid.NewGuid()}/assessment-notice", Requests.AssessmentNotice(future)), HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("deliveredAt", out _).Should().BeTrue();
    }

    [Fact]
    public async Task two_concurrent_first_notices_for_one_episode_do_not_both_succeed()
    {
        var episode = Guid.NewGuid();
        var body = Requests.AssessmentNotice("2004-01-12T10:15:00Z");
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => hospital.PostAsync($"/episodes/{episode}/assessment-notice", body)));

        attempts.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        foreach (var loser in attempts.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await Refused(loser, HttpStatusCode.Conflict);
            problem.GetProperty("type").GetString().Should().Be("/problems/assessment-notice-in-force");
        }
    }

    private static async Task<System.Text.Json.JsonElement> Refused(HttpResponseMessage response, HttpStatusCode expected)
    {
        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return await HospitalClient.BodyOf(response);
    }
}
