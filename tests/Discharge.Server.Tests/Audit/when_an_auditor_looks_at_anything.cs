using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit;

/// <summary>Every request of an auditor's token is on record, before it is answered: who looked at what, and when.</summary>
public sealed class when_an_auditor_looks_at_anything(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task the_request_is_listed_with_who_made_it_and_others_are_not()
    {
        var hospital = new HospitalClient(server);
        await hospital.GetJsonAsync($"/nhs-bodies/{Requests.NhsBody}/delays?from=2004-01-01&to=2004-01-31");
        await hospital.Auditor.GetJsonAsync($"/councils/{Requests.Council}/liability?from=2004-01-01&to=2004-01-31");

        var log = await hospital.Auditor.GetJsonAsync("/audit/auditor-requests?from=2024-03-04&to=2024-03-04");

        log.EnumerateArray().Select(r => (r.GetProperty("method").GetString(), r.GetProperty("path").GetString(), r.GetProperty("query").GetString()))
            .Should().Equal(
                ("GET", $"/councils/{Requests.Council}/liability", "?from=2004-01-01&to=2004-01-31"),
                ("GET", "/audit/auditor-requests", "?from=2024-03-04&to=2024-03-04"));
        var first = log[0];
        (first.GetProperty("organisation").GetString(), first.GetProperty("user").GetString(), first.GetProperty("at").GetString())
            .Should().Be((TestTokens.Auditor, TestTokens.User, "2024-03-04T09:00:00Z"));
    }
}
