using System.Net;
using System.Text;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>Every class of bad input is answered with problem details of a stable type, and records nothing.</summary>
public sealed class when_refusing_bad_input(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const string Camden = "E09000007";
    private readonly HospitalClient hospital = new(server);

    public static TheoryData<string> Routes => [.. Requests.CommandRoutes];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task malformed_json_is_refused_on_every_command_route(string route)
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        await (await hospital.PostAsync($"/episodes/{episode}/{route}", "{ \"on\": ")).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/unreadable-body");
        (await server.VersionOf(episode)).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task a_null_body_is_refused_on_every_command_route(string route)
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        await (await hospital.PostAsync($"/episodes/{episode}/{route}", "null")).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
        (await server.VersionOf(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("discharge-notice", """{ "deliveredAt": "yesterday", "proposedDischargeDate": "2004-01-15" }""")]
    [InlineData("discharged", """{ "on": 20040120 }""")]
    [InlineData("withdrawal", """{ "notice": "everything", "reasonCode": "01" }""")]
    [InlineData("acknowledgements", """{ "notice": "discharge", "response": true }""")]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "patient": { "name": 42 } }""")]
    public async Task values_of_the_wrong_json_type_are_refused_naming_the_field(string route, string body)
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/unreadable-body");
        problem.GetProperty("detail").GetString().Should().MatchRegex(@"Path: \$\.[a-zA-Z.]+");
        (await server.VersionOf(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("discharge-notice", """{ "deliveredAt": "2004-01-13T09:00:00Z", "proposedDischargeDate": "9999-12-31" }""")]
    [InlineData("discharge-notice", """{ "deliveredAt": "2004-01-13T09:00:00Z", "proposedDischargeDate": "-9998-01-01" }""")]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "deliveredAt": "-9998-01-01T00:00:00Z" }""")]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "expectedAdmission": "-9998-01-01" }""")]
    public async Task dates_too_extreme_to_count_days_from_are_refused(string route, string body)
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/unreadable-body");
        problem.GetProperty("detail").GetString().Should().Contain("outside the years 1900 to 2199");
        (await server.VersionOf(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("12345")]
    [InlineData("ABCDEFGHIJ")]
    public async Task an_nhs_number_failing_the_modulus_11_check_is_refused(string nhsNumber)
    {
        var body = Requests.AssessmentNotice("2016-01-12T10:15:00Z");
        body["patient"] = new Dictionary<string, object?> { ["name"] = "Ada Lovelace", ["nhsNumber"] = nhsNumber };
        var problem = await NewEpisodeRefused(body, HttpStatusCode.UnprocessableEntity, "/problems/statutory-contents-missing");
        problem.GetProperty("errors").TryGetProperty("patient.nhsNumber", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("W06000015")]
    [InlineData("E06000060")]
    public async Task an_unknown_council_or_one_not_in_existence_that_day_is_refused(string council) =>
        await NewEpisodeRefused(Requests.AssessmentNotice("2004-01-12T10:15:00Z", council), HttpStatusCode.UnprocessableEntity, "/problems/unknown-council");

    [Fact]
    public async Task a_transfer_to_an_unknown_council_is_refused()
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        var response = await hospital.As(Requests.Council).PostAsync($"/episodes/{episode}/responsibility-transfer", new { on = "2004-01-14", toCouncil = "E99999999" });
        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/unknown-council");
        (await server.VersionOf(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("NOT-A-BODY", "2004-01-12T10:15:00Z")]
    [InlineData("RZZ", "2004-01-12T10:15:00Z")]
    [InlineData("R0A", "2004-01-12T10:15:00Z")]
    [InlineData("RJF", "2019-01-14T10:15:00Z")]
    public async Task an_unknown_nhs_body_or_one_not_in_existence_that_day_is_refused(string nhsBody, string deliveredAt)
    {
        var body = Requests.AssessmentNotice(deliveredAt);
        body["nhsBody"] = nhsBody;
        await NewEpisodeRefused(body, HttpStatusCode.UnprocessableEntity, "/problems/unknown-nhs-body");
    }

    [Fact]
    public async Task a_discharge_notice_for_an_episode_without_an_assessment_notice_is_not_found()
    {
        var episode = Guid.NewGuid();
        await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15")))
            .ShouldBeProblem(HttpStatusCode.NotFound, "/problems/episode-not-found");
        (await server.VersionOf(episode)).Should().Be(0);
    }

    [Fact]
    public async Task a_discharge_notice_after_the_assessment_notice_was_withdrawn_is_out_of_sequence()
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        await hospital.AcceptedAsync($"/episodes/{episode}/withdrawal", new { notice = "assessment", reasonCode = "12", deliveredAt = "2004-01-12T11:00:00Z" });

        await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/no-assessment-notice-in-force");
        (await server.VersionOf(episode)).Should().Be(2);
    }

    [Fact]
    public async Task a_discharge_notice_dated_before_the_assessment_notice_is_out_of_sequence()
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-12T09:00:00Z", "2004-01-15")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/discharge-notice-before-assessment-notice");
        (await server.VersionOf(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("discharge-notice")]
    [InlineData("withdrawal")]
    [InlineData("discharged")]
    [InlineData("died")]
    [InlineData("assessment-notice")]
    public async Task no_notice_or_second_departure_is_recorded_after_the_patient_left(string route)
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-13" });
        object body = route switch
        {
            "discharge-notice" => Requests.DischargeNotice("2004-01-14T09:00:00Z", "2004-01-16"),
            "withdrawal" => new { notice = "assessment", reasonCode = "10", deliveredAt = "2004-01-14T09:00:00Z" },
            "assessment-notice" => Requests.AssessmentNotice("2004-01-14T09:00:00Z"),
            _ => new { on = "2004-01-14" },
        };

        await (await hospital.PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.Conflict, "/problems/episode-closed");
        (await server.VersionOf(episode)).Should().Be(2);
    }

    [Fact]
    public async Task a_day_dated_after_the_patient_left_is_refused()
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-13" });

        await (await hospital.PostAsync($"/episodes/{episode}/nhs-service-awaited", new { from = "2004-01-14" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/after-departure");
        (await server.VersionOf(episode)).Should().Be(2);
    }

    [Theory]
    [InlineData("2003-09-30T10:00:00Z", "/problems/before-the-scheme")]
    [InlineData("2022-07-01T10:00:00Z", "/problems/outside-any-regime")]
    public async Task a_notice_outside_the_schemes_lifetime_is_refused(string deliveredAt, string type) =>
        await NewEpisodeRefused(Requests.AssessmentNotice(deliveredAt), HttpStatusCode.UnprocessableEntity, type);

    [Fact]
    public async Task a_payment_requirement_under_the_2003_regime_is_refused()
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        await (await hospital.PostAsync($"/episodes/{episode}/payment-requirement", new { deliveredAt = "2004-01-20T10:00:00Z" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/payment-requirement-not-available");
        (await server.VersionOf(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("2004-01-11", "/problems/date-before-assessment-notice")]
    [InlineData("2030-01-01", "/problems/date-in-future")]
    public async Task a_departure_on_an_impossible_day_is_refused(string on, string type)
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        await (await hospital.PostAsync($"/episodes/{episode}/discharged", new { on })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, type);
        (await server.VersionOf(episode)).Should().Be(1);
    }

    [Fact]
    public async Task a_discharge_notice_given_less_than_a_day_before_the_proposed_date_is_refused()
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T15:00:00Z", "2004-01-14")))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/discharge-notice-too-late");
        (await server.VersionOf(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("X-Organisation")]
    [InlineData("Idempotency-Key")]
    public async Task a_command_without_its_origin_headers_is_refused(string missing)
    {
        var episode = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/episodes/{episode}/assessment-notice")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(Requests.AssessmentNotice("2004-01-12T10:15:00Z")), Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in new[] { ("X-Organisation", Requests.NhsBody), ("Idempotency-Key", Guid.NewGuid().ToString()) }.Where(h => h.Item1 != missing))
        {
            request.Headers.Add(name, value);
        }

        using var client = server.Host.Server.CreateClient();
        var problem = await (await client.SendAsync(request)).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/missing-headers");
        problem.GetProperty("detail").GetString().Should().EndWith($"Missing: {missing}.");
        (await server.VersionOf(episode)).Should().Be(0);
    }

    [Theory]
    [InlineData(Requests.Council, "discharge-notice")]
    [InlineData("RJF", "withdrawal")]
    [InlineData("RTG", "services-in-place")]
    [InlineData(Camden, "acknowledgements")]
    public async Task an_organisation_that_is_not_the_party_is_forbidden(string organisation, string route)
    {
        var episode = await Open("2004-01-12T10:15:00Z");
        object body = route switch
        {
            "discharge-notice" => Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"),
            "withdrawal" => new { notice = "assessment", reasonCode = "12" },
            "acknowledgements" => new { notice = "assessment", response = "accept" },
            _ => new { on = "2004-01-14" },
        };

        var problem = await (await hospital.As(organisation).PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/not-a-party");
        problem.GetProperty("detail").GetString().Should().Contain(organisation);
        (await server.VersionOf(episode)).Should().Be(1);
    }

    private async Task<Guid> Open(string deliveredAt)
    {
        var episode = Guid.NewGuid();
        await hospital.AcceptedAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice(deliveredAt));
        return episode;
    }

    private async Task<System.Text.Json.JsonElement> NewEpisodeRefused(object body, HttpStatusCode status, string type)
    {
        var episode = Guid.NewGuid();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/assessment-notice", body)).ShouldBeProblem(status, type);
        (await server.VersionOf(episode)).Should().Be(0);
        return problem;
    }
}
