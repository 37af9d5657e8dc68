using System.Net;
using System.Text;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>NHS numbers, councils, NHS bodies and origin headers are checked: an unknown or missing one is refused, and nothing is recorded.</summary>
public sealed class when_refusing_parties_outside_the_registers(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("12345")]
    [InlineData("ABCDEFGHIJ")]
    public async Task an_nhs_number_failing_the_modulus_11_check_is_refused(string nhsNumber)
    {
        var body = Requests.AssessmentNotice("2016-01-12T10:15:00Z");
        body["patient"] = new Dictionary<string, object?> { ["name"] = "Ada Lovelace", ["nhsNumber"] = nhsNumber };
        var problem = await hospital.RefusedFirstNoticeAsync(body, HttpStatusCode.UnprocessableEntity, "/problems/statutory-contents-missing");
        problem.GetProperty("errors").TryGetProperty("patient.nhsNumber", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("W06000015")]
    [InlineData("E06000060")]
    public async Task an_unknown_council_or_one_not_in_existence_that_day_is_refused(string council) =>
        await hospital.RefusedFirstNoticeAsync(Requests.AssessmentNotice("2004-01-12T10:15:00Z", council), HttpStatusCode.UnprocessableEntity, "/problems/unknown-council");

    [Fact]
    public async Task a_transfer_to_an_unknown_council_is_refused()
    {
        var episode = await hospital.OpenEpisodeAsync();
        var response = await hospital.As(Requests.Council).PostAsync($"/episodes/{episode}/responsibility-transfer", new { on = "2004-01-14", toCouncil = "E99999999" });
        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/unknown-council");
        (await server.EventCount(episode)).Should().Be(1);
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
        await hospital.RefusedFirstNoticeAsync(body, HttpStatusCode.UnprocessableEntity, "/problems/unknown-nhs-body");
    }

    [Fact]
    public async Task a_command_without_an_idempotency_key_is_refused()
    {
        var episode = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/episodes/{episode}/assessment-notice")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(Requests.AssessmentNotice("2004-01-12T10:15:00Z")), Encoding.UTF8, "application/json"),
        };

        using var client = server.CreateClient();
        var problem = await (await client.SendAsync(request)).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/missing-headers");
        problem.GetProperty("detail").GetString().Should().EndWith("Missing: Idempotency-Key.");
        (await server.EventCount(episode)).Should().Be(0);
    }
}
