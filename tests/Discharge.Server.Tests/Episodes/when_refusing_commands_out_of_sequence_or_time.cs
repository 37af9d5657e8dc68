using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>Commands that do not fit the episode's history or the regime's dates are refused, and nothing is recorded.</summary>
public sealed class when_refusing_commands_out_of_sequence_or_time(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task a_discharge_notice_for_an_episode_without_an_assessment_notice_is_not_found()
    {
        var episode = Guid.NewGuid();
        await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15")))
            .ShouldBeProblem(HttpStatusCode.NotFound, "/problems/episode-not-found");
        (await server.EventCount(episode)).Should().Be(0);
    }

    [Fact]
    public async Task a_discharge_notice_after_the_assessment_notice_was_withdrawn_is_out_of_sequence()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/withdrawal", new { notice = "assessment", reasonCode = "12", deliveredAt = "2004-01-12T11:00:00Z" });

        await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/no-assessment-notice-in-force");
        (await server.EventCount(episode)).Should().Be(2);
    }

    [Fact]
    public async Task a_discharge_notice_dated_before_the_assessment_notice_is_out_of_sequence()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-12T09:00:00Z", "2004-01-15")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/discharge-notice-before-assessment-notice");
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Fact]
    public async Task a_notice_cannot_be_acknowledged_before_it_was_delivered()
    {
        var episode = await hospital.OpenEpisodeAsync("2004-01-12T10:15:00Z");

        await (await hospital.As(Requests.Council).PostAsync($"/episodes/{episode}/acknowledgements", new { notice = "assessment", response = "accept", at = "2004-01-12T10:00:00Z" }))
            .ShouldBeProblem((HttpStatusCode)422, "/problems/acknowledged-before-given");
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Fact]
    public async Task a_withdrawn_assessment_notice_cannot_be_acknowledged()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/withdrawal", new { notice = "assessment", reasonCode = "12", deliveredAt = "2004-01-12T11:00:00Z" });

        await (await hospital.As(Requests.Council).PostAsync($"/episodes/{episode}/acknowledgements", new { notice = "assessment", response = "accept" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/notice-not-in-force");
        (await server.EventCount(episode)).Should().Be(2);
    }

    [Theory]
    [InlineData("discharge-notice")]
    [InlineData("withdrawal")]
    [InlineData("discharged")]
    [InlineData("died")]
    [InlineData("assessment-notice")]
    public async Task no_notice_or_second_departure_is_recorded_after_the_patient_left(string route)
    {
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-13" });
        object body = route switch
        {
            "discharge-notice" => Requests.DischargeNotice("2004-01-14T09:00:00Z", "2004-01-16"),
            "withdrawal" => new { notice = "assessment", reasonCode = "10", deliveredAt = "2004-01-14T09:00:00Z" },
            "assessment-notice" => Requests.AssessmentNotice("2004-01-14T09:00:00Z"),
            _ => new { on = "2004-01-14" },
        };

        await (await hospital.PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.Conflict, "/problems/episode-closed");
        (await server.EventCount(episode)).Should().Be(2);
    }

    [Fact]
    public async Task a_day_dated_after_the_patient_left_is_refused()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-13" });

        await (await hospital.PostAsync($"/episodes/{episode}/nhs-service-awaited", new { from = "2004-01-14" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/after-departure");
        (await server.EventCount(episode)).Should().Be(2);
    }

    [Theory]
    [InlineData("2003-09-30T10:00:00Z", "/problems/before-the-scheme")]
    [InlineData("2022-07-01T10:00:00Z", "/problems/outside-any-regime")]
    public async Task a_notice_outside_the_schemes_lifetime_is_refused(string deliveredAt, string type) =>
        await hospital.RefusedFirstNoticeAsync(Requests.AssessmentNotice(deliveredAt), HttpStatusCode.UnprocessableEntity, type);

    [Fact]
    public async Task a_payment_requirement_under_the_2003_regime_is_refused()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await (await hospital.PostAsync($"/episodes/{episode}/payment-requirement", new { deliveredAt = "2004-01-20T10:00:00Z" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/payment-requirement-not-available");
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("2004-01-11", "/problems/date-before-assessment-notice")]
    [InlineData("2030-01-01", "/problems/date-in-future")]
    public async Task a_departure_on_an_impossible_day_is_refused(string on, string type)
    {
        var episode = await hospital.OpenEpisodeAsync();
        await (await hospital.PostAsync($"/episodes/{episode}/discharged", new { on })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, type);
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Fact]
    public async Task a_discharge_notice_given_less_than_a_day_before_the_proposed_date_is_refused()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T15:00:00Z", "2004-01-14")))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/discharge-notice-too-late");
        (await server.EventCount(episode)).Should().Be(1);
    }
}
