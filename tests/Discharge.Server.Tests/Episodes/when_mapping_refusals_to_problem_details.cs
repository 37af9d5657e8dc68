using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>
/// A command the domain refuses answers with problem details whose type names the rule and whose status tells the
/// kind of refusal, and nothing is recorded. The rules themselves are tested in the domain, one decision at a time;
/// the sender rule of every route is in <see cref="when_checking_who_sent_each_command"/>.
/// </summary>
public sealed class when_mapping_refusals_to_problem_details(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task a_command_on_an_episode_without_an_assessment_notice_is_not_found()
    {
        var episode = Guid.NewGuid();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15")))
            .ShouldBeProblem(HttpStatusCode.NotFound, "/problems/episode-not-found");

        problem.GetProperty("title").GetString().Should().Be("There is no such episode.");
        problem.GetProperty("detail").GetString().Should().Be($"Episode {episode} has no assessment notice. An episode starts with POST /episodes/{{id}}/assessment-notice.");
        (await server.EventCount(episode)).Should().Be(0);
    }

    [Fact]
    public async Task a_command_out_of_sequence_is_a_conflict()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-13" });

        var problem = await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-14T09:00:00Z", "2004-01-16")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/episode-closed");

        problem.GetProperty("status").GetInt32().Should().Be(409);
        problem.GetProperty("title").GetString().Should().Be("The patient has already left hospital.");
        problem.GetProperty("detail").GetString().Should().Be("The episode closed on 2004-01-13 (discharge, self-discharge or death). Nothing can be recorded after it.");
        (await server.EventCount(episode)).Should().Be(2);
    }

    [Fact]
    public async Task a_command_breaking_a_statutory_rule_is_unprocessable()
    {
        var episode = await hospital.OpenEpisodeAsync();

        var problem = await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T15:00:00Z", "2004-01-14")))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/discharge-notice-too-late");

        problem.GetProperty("status").GetInt32().Should().Be(422);
        problem.GetProperty("title").GetString().Should().Be("The discharge notice was not given at least one day before the proposed discharge date.");
        problem.GetProperty("detail").GetString().Should().Be(
            "It counts as given on 2004-01-14 (after the 14:00 cut-off a notice counts from the next day), so the earliest lawful proposed date is 2004-01-15 (2003 reg 5(1)(a); 2014 reg 5; docs/rules.md §7, A5).");
        (await server.EventCount(episode)).Should().Be(1);
    }
}
