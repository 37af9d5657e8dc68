using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Reporting;

/// <summary>Every report refuses a council or NHS body code that is not in its register with the same problem, whatever the code looks like.</summary>
public sealed class when_a_report_names_an_unknown_party(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const string Window = "from=2004-01-01&to=2004-12-31";

    public static TheoryData<string, string> Reports => new()
    {
        { "/councils/{0}/liability?" + Window, "unknown-council" },
        { "/councils/{0}/delays?" + Window, "unknown-council" },
        { "/councils/{0}/notifications", "unknown-council" },
        { "/census?on=2004-01-18&council={0}", "unknown-council" },
        { "/census?council={0}", "unknown-council" },
        { "/nhs-bodies/{0}/delays?" + Window, "unknown-nhs-body" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task a_code_of_the_right_shape_not_in_the_register_is_refused(string report, string problem) =>
        await Refused(report, problem == "unknown-council" ? "E06999999" : "ZZZ99", problem);

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task a_code_of_the_wrong_shape_is_refused_alike(string report, string problem) =>
        await Refused(report, "derby", problem);

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task a_code_in_the_register_is_answered(string report, string problem)
    {
        using var client = server.CreateAuditorClient();
        var known = problem == "unknown-council" ? "E06000015" : "RTG";
        var response = await client.GetAsync(string.Format(report, known));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task Refused(string report, string code, string problem)
    {
        using var client = server.CreateAuditorClient();
        var answer = await (await client.GetAsync(string.Format(report, code))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/" + problem);
        answer.GetProperty("detail").GetString().Should().StartWith($"'{code}' is not in the {(problem == "unknown-council" ? "council" : "NHS body")} register");
    }
}
