using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Reporting;

/// <summary>A date outside 1900–2199 is refused alike wherever it is sent: in a query string as in a body.</summary>
public sealed class when_a_date_is_outside_the_years_served(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const string Expected = "Expected a date as YYYY-MM-DD in the years 1900 to 2199, e.g. 2004-01-15";

    public static TheoryData<string, string, string> Parameters => new()
    {
        { "/census?on={0}", "on", "1800-01-01" },
        { "/councils/E06000015/liability?from={0}&to=2004-12-31", "from", "1800-01-01" },
        { "/councils/E06000015/liability?from=2004-01-01&to={0}", "to", "2200-01-01" },
        { "/councils/E06000015/delays?from={0}&to=2004-12-31", "from", "1899-12-31" },
        { "/councils/E06000015/delays?from=2004-01-01&to={0}", "to", "9999-12-31" },
        { "/nhs-bodies/RTG/delays?from={0}&to=2004-12-31", "from", "0001-01-01" },
        { "/nhs-bodies/RTG/delays?from=2004-01-01&to={0}", "to", "2200-01-01" },
        { "/episodes/3f2b8c1e-7d4a-4f5e-9c61-0a2b3c4d5e6f/days?from={0}", "from", "1800-01-01" },
        { "/episodes/3f2b8c1e-7d4a-4f5e-9c61-0a2b3c4d5e6f/days?to={0}", "to", "2200-01-01" },
    };

    [Theory]
    [MemberData(nameof(Parameters))]
    public async Task a_query_string_date_is_refused_as_a_body_date_is(string address, string field, string date)
    {
        using var client = server.CreateAuditorClient();
        var problem = await (await client.GetAsync(string.Format(address, date))).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).Should().Equal($"{Expected}; got '{date}'.");
    }

    [Fact]
    public async Task the_same_date_in_a_body_gets_the_same_problem()
    {
        var hospital = new HospitalClient(server);
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/discharged", new { on = "1800-01-01" })).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
        problem.GetProperty("errors").GetProperty("on").EnumerateArray().Select(e => e.GetString()).Should().Equal($"{Expected}.");
    }
}
