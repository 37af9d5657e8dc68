using System.Net;
using Discharge.Server.Identity;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Identity;

/// <summary>An auditor reads, and sends no command: its commands are refused 403 before anything is recorded.</summary>
public sealed class when_an_auditor_calls(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task a_command_is_refused_403_and_nothing_is_recorded()
    {
        var episode = await hospital.OpenEpisodeAsync();
        using var request = HospitalClient.Command($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));
        request.Headers.Authorization = TestTokens.Bearer(Requests.NhsBody, DischargeRoles.Auditor, "auditor@example.gov.uk");
        using var client = server.Host.Server.CreateClient();

        var problem = await (await client.SendAsync(request)).ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/role-may-not-act");

        problem.GetProperty("detail").GetString().Should().Be(
            "Commands are sent by a hospital or a council for its own organisation; this token's role is 'auditor' and its organisation 'RTG'. Nothing was recorded.");
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Fact]
    public async Task the_episode_is_read()
    {
        var episode = await hospital.OpenEpisodeAsync();
        using var client = server.Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer("AUDIT", DischargeRoles.Auditor);

        (await client.GetAsync($"/episodes/{episode}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync($"/councils/{Requests.Council}/liability?from=2004-01-01&to=2004-01-31")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_token_of_no_known_role_may_not_send_commands_either()
    {
        var episode = Guid.NewGuid();
        using var request = HospitalClient.Command($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        request.Headers.Authorization = TestTokens.Bearer(Requests.NhsBody, "visitor");
        using var client = server.Host.Server.CreateClient();

        await (await client.SendAsync(request)).ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/role-may-not-act");
        (await server.EventCount(episode)).Should().Be(0);
    }
}
