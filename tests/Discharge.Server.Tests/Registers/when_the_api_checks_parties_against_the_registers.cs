using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Registers;

/// <summary>The API refuses by the register rules the engine flags by, with the same reason (RegisterCases).</summary>
public sealed class when_the_api_checks_parties_against_the_registers(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    [Theory]
    [MemberData(nameof(RegisterCases.RefusedOpeningNotices), MemberType = typeof(RegisterCases))]
    public async Task an_opening_notice_the_registers_refuse_is_refused_with_the_registers_reason(string nhsBody, string council, string deliveredAt, string type, string reason)
    {
        var body = Requests.AssessmentNotice(deliveredAt, council);
        body["nhsBody"] = nhsBody;

        var problem = await hospital.As(nhsBody).RefusedFirstNoticeAsync(body, HttpStatusCode.UnprocessableEntity, $"/problems/{type}");

        problem.GetProperty("detail").GetString().Should().Be(reason);
    }

    [Fact]
    public async Task a_transfer_to_a_council_that_did_not_yet_exist_is_refused()
    {
        var episode = await OpenAsync(hospital, RegisterCases.Bournemouth, "2018-06-04T10:00:00Z");

        var response = await hospital.As(RegisterCases.Bournemouth).PostAsync(
            $"/episodes/{episode}/responsibility-transfer", new { on = "2018-06-10", toCouncil = RegisterCases.BournemouthChristchurchAndPoole });

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/unknown-council");
        problem.GetProperty("detail").GetString().Should().Be(RegisterCases.TransferToBcpReason);
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Fact]
    public async Task a_discharge_notice_from_an_nhs_body_that_has_closed_is_refused()
    {
        var burton = hospital.As("RJF");
        var episode = Guid.NewGuid();
        var notice = Requests.AssessmentNotice("2018-06-28T09:00:00Z");
        notice["nhsBody"] = "RJF";
        await burton.AcceptedAsync($"/episodes/{episode}/assessment-notice", notice);

        var response = await burton.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2018-07-02T09:00:00Z", "2018-07-04"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/unknown-nhs-body");
        problem.GetProperty("detail").GetString().Should().Be(RegisterCases.ClosedNhsBodyReason);
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Fact]
    public async Task days_after_the_council_was_abolished_are_charged_to_no_one_and_say_why()
    {
        var episode = await OpenAsync(hospital, RegisterCases.DorsetCounty, "2019-03-25T10:00:00Z");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2019-03-26T10:00:00Z", "2019-03-28"));
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2019-04-03" });

        var days = (await hospital.DaysAsync(episode))
            .Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("status").GetString()} {d.GetProperty("rule").GetProperty("code").GetString()} {d.GetProperty("rule").GetProperty("confidence").GetString()}");

        days.Should().Equal(RegisterCases.DaysAfterDorsetWasAbolished);
    }

    private static async Task<Guid> OpenAsync(HospitalClient hospital, string council, string deliveredAt)
    {
        var episode = Guid.NewGuid();
        await hospital.AcceptedAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice(deliveredAt, council));
        return episode;
    }
}
