using System.Net;
using System.Text.Json;
using Discharge.Domain.Episodes;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>Each command endpoint accepts a valid command, and the episode read back shows what it recorded.</summary>
public sealed class when_driving_each_endpoint(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const string Camden = "E09000007";
    private readonly HospitalClient hospital = new(server);
    private HospitalClient Council => hospital.As(Requests.Council);

    [Fact]
    public async Task a_discharge_notice_puts_the_proposed_date_in_force()
    {
        var episode = await hospital.OpenEpisodeAsync();
        var receipt = await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));

        receipt.GetProperty("relevantDay").GetString().Should().Be("2004-01-15");
        var view = await View(episode);
        view.GetProperty("status").GetString().Should().Be("discharge-notice-in-force");
        view.GetProperty("proposedDischargeDate").GetString().Should().Be("2004-01-15");
    }

    [Fact]
    public async Task a_withdrawal_takes_the_discharge_notice_out_of_force()
    {
        var episode = await OpenWithDischargeNotice();
        var answer = await hospital.AcceptedAsync($"/episodes/{episode}/withdrawal", new { notice = "discharge", reasonCode = "07", deliveredAt = "2004-01-14T09:00:00Z" });

        answer.GetProperty("reason").GetString().Should().Be("07 Condition deteriorated");
        var view = await View(episode);
        view.GetProperty("status").GetString().Should().Be("assessment-notice-in-force");
        view.GetProperty("proposedDischargeDate").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("discharged")]
    [InlineData("self-discharged")]
    [InlineData("died")]
    public async Task a_departure_closes_the_episode(string route)
    {
        var episode = await OpenWithDischargeNotice();
        await hospital.AcceptedAsync($"/episodes/{episode}/{route}", new { on = "2004-01-20" });

        var view = await View(episode);
        view.GetProperty("status").GetString().Should().Be(route);
        view.GetProperty("leftHospitalOn").GetString().Should().Be("2004-01-20");
    }

    [Fact]
    public async Task days_while_an_nhs_service_is_awaited_are_not_charged()
    {
        var episode = await OpenWithDischargeNotice();
        await hospital.AcceptedAsync($"/episodes/{episode}/nhs-service-awaited", new { from = "2004-01-17" });
        await hospital.AcceptedAsync($"/episodes/{episode}/nhs-service-available", new { on = "2004-01-19" });
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-21" });

        var days = await Days(episode);
        days["2004-01-16"].Should().Be("chargeable");
        days["2004-01-17"].Should().Be("blocked-by-nhs");
        days["2004-01-18"].Should().Be("blocked-by-nhs");
        days["2004-01-20"].Should().Be("chargeable");
    }

    [Fact]
    public async Task care_outside_acute_care_is_not_charged()
    {
        var episode = await OpenWithDischargeNotice();
        await hospital.AcceptedAsync($"/episodes/{episode}/care-setting", new { on = "2004-01-18", setting = "intermediate" });
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-21" });

        var days = await Days(episode);
        days["2004-01-18"].Should().Be("chargeable", "a change in the course of a day counts from the next");
        days["2004-01-19"].Should().Be("not-qualifying");
    }

    [Fact]
    public async Task a_payment_requirement_makes_care_act_days_chargeable()
    {
        var episode = await hospital.OpenEpisodeAsync("2016-01-11T10:00:00Z");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2016-01-12T09:00:00Z", "2016-01-14"));
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2016-01-20" });
        (await Days(episode)).Values.Should().Contain("potential").And.NotContain("chargeable");

        await hospital.AcceptedAsync($"/episodes/{episode}/payment-requirement", new { deliveredAt = "2016-01-25T10:00:00Z" });

        (await Days(episode)).Values.Should().Contain("chargeable").And.NotContain("potential");
    }

    [Fact]
    public async Task the_councils_acknowledgement_is_shown_with_who_gave_it_and_when()
    {
        var episode = await OpenWithDischargeNotice();
        await Council.AcceptedAsync($"/episodes/{episode}/acknowledgements", new { notice = "discharge", response = "reject", reason = "Wrong patient", at = "2004-01-13T15:30:00Z" });
        var received = server.Clock.GetCurrentInstant();
        await Council.AcceptedAsync($"/episodes/{episode}/acknowledgements", new { notice = "assessment", response = "accept" });

        var acknowledgements = (await View(episode)).GetProperty("acknowledgements").EnumerateArray().Select(a => a.ToString()).ToArray();

        acknowledgements.Should().Equal(
            $$"""{"notice":"discharge","response":"reject","reason":"Wrong patient","at":"2004-01-13T15:30:00Z","organisation":"{{Requests.Council}}","user":"discharge.team@example.nhs.uk","receivedAt":"{{received}}"}""",
            $$"""{"notice":"assessment","response":"accept","reason":null,"at":"{{received}}","organisation":"{{Requests.Council}}","user":"discharge.team@example.nhs.uk","receivedAt":"{{received}}"}""");
    }

    [Fact]
    public async Task the_councils_completed_assessment_is_recorded()
    {
        var episode = await hospital.OpenEpisodeAsync();
        var response = await Council.PostAsync($"/episodes/{episode}/assessment-completed", new { on = "2004-01-14", patientHasNeeds = true, needsEligible = true, plan = "Home care four times a day" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var recorded = (await server.EventsOf(episode)).Select(e => e.Data).OfType<CouncilAssessmentCompleted>().Should().ContainSingle().Subject;
        recorded.On.Should().Be(new NodaTime.LocalDate(2004, 1, 14));
        recorded.Plan.Should().Be("Home care four times a day");
    }

    [Fact]
    public async Task days_after_the_councils_services_are_in_place_are_not_charged()
    {
        var episode = await OpenWithDischargeNotice();
        await Council.AcceptedAsync($"/episodes/{episode}/services-in-place", new { on = "2004-01-19" });
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-21" });

        var days = await Days(episode);
        days["2004-01-19"].Should().Be("chargeable", "a change in the course of a day counts from the next");
        days["2004-01-20"].Should().Be("services-in-place");
    }

    [Fact]
    public async Task a_transfer_makes_the_other_council_responsible()
    {
        var episode = await OpenWithDischargeNotice();
        await Council.AcceptedAsync($"/episodes/{episode}/responsibility-transfer", new { on = "2004-01-19", toCouncil = Camden });
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-21" });

        var episodeJson = await hospital.GetJsonAsync($"/episodes/{episode}");
        episodeJson.GetProperty("episode").GetProperty("responsibleCouncil").GetString().Should().Be(Camden);
        episodeJson.GetProperty("liability").GetProperty("byCouncil").EnumerateArray().Select(c => c.GetProperty("council").GetString())
            .Should().BeEquivalentTo(Requests.Council, Camden);
    }

    private async Task<Guid> OpenWithDischargeNotice()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));
        return episode;
    }

    private async Task<JsonElement> View(Guid episode) => (await hospital.GetJsonAsync($"/episodes/{episode}")).GetProperty("episode");

    private async Task<Dictionary<string, string>> Days(Guid episode) =>
        (await hospital.DaysAsync(episode))
            .ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("status").GetString()!);
}
