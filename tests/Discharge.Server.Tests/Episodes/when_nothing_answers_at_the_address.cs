using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>An address no endpoint answers, including an episode id that is not a GUID, gets a problem type of ours.</summary>
public sealed class when_nothing_answers_at_the_address(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Theory]
    [InlineData("/episodes/not-a-guid")]
    [InlineData("/councils")]
    [InlineData("/no-such-thing")]
    public async Task a_read_is_answered_with_a_problem_naming_the_address(string url)
    {
        using var client = server.CreateClient();

        var problem = await (await client.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound, "/problems/no-such-address");

        problem.GetProperty("detail").GetString().Should().Contain($"GET {url}");
    }

    [Fact]
    public async Task a_command_to_an_episode_id_that_is_not_a_guid_is_answered_the_same_way()
    {
        var answer = await new HospitalClient(server).PostAsync("/episodes/42/discharged", new { on = "2004-01-20" });

        await answer.ShouldBeProblem(HttpStatusCode.NotFound, "/problems/no-such-address");
    }

    [Fact]
    public async Task an_unknown_episode_keeps_its_own_problem_type()
    {
        using var client = server.CreateClient();

        await (await client.GetAsync($"/episodes/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound, "/problems/episode-not-found");
    }
}
