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
    private const string OtherNhsBody = "RJF";
    private const string OtherCouncil = "E09000007";
    private static readonly string[] Senders = [Requests.NhsBody, Requests.Council, OtherNhsBody, OtherCouncil];

    /// <summary>Each route with its sender, a body it accepts on a Care Act episode, and what it needs recorded first.</summary>
    private static readonly Dictionary<string, Route> Routes = new Route[]
    {
        new("assessment-notice", Requests.NhsBody, Requests.AssessmentNotice("2016-01-12T11:00:00Z")),
        new("discharge-notice", Requests.NhsBody, Requests.DischargeNotice("2016-01-13T09:00:00Z", "2016-01-15")),
        new("withdrawal", Requests.NhsBody, new { notice = "assessment", reasonCode = "12" }),
        new("discharged", Requests.NhsBody, new { on = "2016-01-14" }),
        new("self-discharged", Requests.NhsBody, new { on = "2016-01-14" }),
        new("died", Requests.NhsBody, new { on = "2016-01-14" }),
        new("nhs-service-awaited", Requests.NhsBody, new { from = "2016-01-14" }),
        new("nhs-service-available", Requests.NhsBody, new { on = "2016-01-15" }, ("nhs-service-awaited", new { from = "2016-01-14" })),
        new("care-setting", Requests.NhsBody, new { on = "2016-01-14", setting = "rehabilitation" }),
        new("payment-requirement", Requests.NhsBody, new { deliveredAt = "2016-01-20T09:00:00Z" }),
        new("acknowledgements", Requests.Council, new { notice = "assessment", response = "accept" }),
        new("assessment-completed", Requests.Council, new { on = "2016-01-14", patientHasNeeds = true, needsEligible = false }),
        new("services-in-place", Requests.Council, new { on = "2016-01-14" }),
        new("responsibility-transfer", Requests.Council, new { on = "2016-01-14", toCouncil = OtherCouncil }),
    }.ToDictionary(r => r.Path);

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
    public void every_command_route_has_its_sender_rule() => Routes.Keys.Should().BeEquivalentTo(Requests.CommandRoutes);

    [Theory]
    [MemberData(nameof(EveryRouteFromEverySender))]
    public async Task only_the_routes_party_may_send_it(string path, string sender)
    {
        var route = Routes[path];
        // An assessment notice opens an episode of its own; every other command goes to one the NHS body opened.
        var episode = path == "assessment-notice" ? Guid.NewGuid() : await hospital.OpenEpisodeAsync("2016-01-12T10:15:00Z");
        foreach (var (before, body) in route.Before)
        {
            await hospital.As(route.Sender).AcceptedAsync($"/episodes/{episode}/{before}", body);
        }

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

    private sealed record Route(string Path, string Sender, object Body, params (string Path, object Body)[] Before);
}
