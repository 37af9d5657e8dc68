using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>A body that does not read as the command is refused with problem details naming the fault, and records nothing.</summary>
public sealed class when_refusing_unreadable_bodies(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    public static TheoryData<string> Routes => [.. Requests.CommandRoutes];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task malformed_json_is_refused_on_every_command_route(string route)
    {
        var episode = await hospital.OpenEpisodeAsync();
        await (await hospital.PostAsync($"/episodes/{episode}/{route}", "{ \"on\": ")).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/unreadable-body");
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task a_null_body_is_refused_on_every_command_route(string route)
    {
        var episode = await hospital.OpenEpisodeAsync();
        await (await hospital.PostAsync($"/episodes/{episode}/{route}", "null")).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("discharge-notice", """{ "deliveredAt": "yesterday", "proposedDischargeDate": "2004-01-15" }""")]
    [InlineData("discharged", """{ "on": 20040120 }""")]
    [InlineData("withdrawal", """{ "notice": "everything", "reasonCode": "01" }""")]
    [InlineData("acknowledgements", """{ "notice": "discharge", "response": true }""")]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "patient": { "name": 42 } }""")]
    public async Task values_of_the_wrong_json_type_are_refused_naming_the_field(string route, string body)
    {
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/unreadable-body");
        problem.GetProperty("detail").GetString().Should().MatchRegex(@"Path: \$\.[a-zA-Z.]+");
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("discharge-notice", """{ "deliveredAt": "2004-01-13T09:00:00Z", "proposedDischargeDate": "9999-12-31" }""")]
    [InlineData("discharge-notice", """{ "deliveredAt": "2004-01-13T09:00:00Z", "proposedDischargeDate": "-9998-01-01" }""")]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "deliveredAt": "-9998-01-01T00:00:00Z" }""")]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "expectedAdmission": "-9998-01-01" }""")]
    public async Task dates_too_extreme_to_count_days_from_are_refused(string route, string body)
    {
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/unreadable-body");
        problem.GetProperty("detail").GetString().Should().Contain("outside the years 1900 to 2199");
        (await server.EventCount(episode)).Should().Be(1);
    }
}
