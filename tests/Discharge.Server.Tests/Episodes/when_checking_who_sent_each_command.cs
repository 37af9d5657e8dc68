using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>
/// Every command route has its sender: the episode's NHS body gives notices and records what happens to the patient;
/// its council records its own decisions. Any other organisation, the other party or a third one, is forbidden
/// (403 not-a-party), and nothing is recorded.
/// </summary>
public sealed class when_checking_who_sent_each_command(DischargeServer server) : IClassFixture<DischargeServer>
{
    private static readonly string[] Senders = [Requests.NhsBody, Requests.Council, CommandCase.OtherNhsBody, CommandCase.OtherCouncil];

    private readonly HospitalClient hospital = new(server);

    public static TheoryData<string, string> EveryRouteFromEverySender()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in Requests.CommandRoutes)
        {
            foreach (var sender in Senders)
            {
                data.Add(route, sender);
            }
        }

        return data;
    }

    [Fact]
    public void every_command_route_has_its_sender_rule() => CommandCase.All.Keys.Should().BeEquivalentTo(Requests.CommandRoutes);

    [Theory]
    [MemberData(nameof(EveryRouteFromEverySender))]
    public async Task only_the_routes_party_may_send_it(string path, string sender)
    {
        var route = CommandCase.All[path];
        var episode = await route.PrepareAsync(hospital);
        var recorded = await server.EventCount(episode);

        var answer = await hospital.As(sender).PostAsync($"/episodes/{episode}/{path}", route.Body);

        if (sender == route.Sender)
        {
            var expected = recorded == 0 ? HttpStatusCode.Created : HttpStatusCode.OK;
            answer.StatusCode.Should().Be(expected, await answer.Content.ReadAsStringAsync());
            (await server.EventCount(episode)).Should().Be(recorded + 1);
        }
        else
        {
            var problem = await answer.ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/not-a-party");
            problem.GetProperty("detail").GetString().Should().Be(
                $"Only {(route.Sender == Requests.NhsBody ? "the NHS body" : "the council")} of this episode ({route.Sender}) may; the request came from {sender}.");
            (await server.EventCount(episode)).Should().Be(recorded);
        }
    }
}
