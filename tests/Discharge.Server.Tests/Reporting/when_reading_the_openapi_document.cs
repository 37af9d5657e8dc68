using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Reporting;

/// <summary>Clients generate code from the OpenAPI document: every read endpoint names the shape of its answer and of its refusal.</summary>
public sealed class when_reading_the_openapi_document(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Theory]
    [InlineData("/episodes/{episodeId}", "EpisodeWithLiability", "400", "404")]
    [InlineData("/episodes/{episodeId}/history", "EpisodeEventHistory", "404")]
    [InlineData("/episodes/{episodeId}/days", "EpisodeDays", "400", "404")]
    [InlineData("/councils/{code}/liability", "CouncilLiability", "400", "422")]
    [InlineData("/councils/{code}/delays", "DelayCounts", "400", "422")]
    [InlineData("/nhs-bodies/{code}/delays", "DelayCounts", "400", "422")]
    [InlineData("/census", "Census", "400", "422")]
    public async Task a_read_endpoint_names_its_answer_and_its_problems(string path, string schema, params string[] refusals)
    {
        var responses = (await OpenApiAsync()).GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");

        responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("$ref").GetString().Should().Be($"#/components/schemas/{schema}");
        foreach (var refusal in refusals)
        {
            responses.GetProperty(refusal).GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue(refusal);
        }

        responses.EnumerateObject().Select(r => r.Name).Should().BeEquivalentTo(refusals.Prepend("200"), "no status the endpoint never answers");
    }

    [Fact]
    public async Task the_notifications_name_their_answer_and_their_problem()
    {
        var responses = (await OpenApiAsync()).GetProperty("paths").GetProperty("/councils/{code}/notifications").GetProperty("get").GetProperty("responses");

        var answer = responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        answer.GetProperty("type").GetString().Should().Be("array");
        answer.GetProperty("items").GetProperty("$ref").GetString().Should().Be("#/components/schemas/CouncilNotification");
        responses.GetProperty("422").GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue();
        responses.EnumerateObject().Select(r => r.Name).Should().BeEquivalentTo("200", "422");
    }

    /// <summary>Each command route and the acknowledgement it answers with.</summary>
    private static readonly Dictionary<string, string> Acknowledgements = new()
    {
        ["assessment-notice"] = "NoticeReceipt",
        ["discharge-notice"] = "NoticeReceipt",
        ["withdrawal"] = "RecordedWithdrawal",
        ["discharged"] = "RecordedDeparture",
        ["self-discharged"] = "RecordedDeparture",
        ["died"] = "RecordedDeparture",
        ["nhs-service-awaited"] = "RecordedNhsServiceAwaited",
        ["nhs-service-available"] = "RecordedNhsServiceAvailable",
        ["care-setting"] = "RecordedCareSetting",
        ["payment-requirement"] = "RecordedPaymentRequirement",
        ["acknowledgements"] = "RecordedAcknowledgement",
        ["assessment-completed"] = "RecordedAssessment",
        ["services-in-place"] = "RecordedServicesInPlace",
        ["responsibility-transfer"] = "RecordedTransfer",
    };

    public static IEnumerable<object[]> Commands => Acknowledgements.Select(a => new object[] { a.Key, a.Value });

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task a_command_names_its_acknowledgement_and_its_problems(string route, string acknowledgement)
    {
        var responses = (await OpenApiAsync()).GetProperty("paths").GetProperty($"/episodes/{{episodeId}}/{route}").GetProperty("post").GetProperty("responses");

        var accepted = route == "assessment-notice" ? new[] { "200", "201" } : ["200"];
        foreach (var status in accepted)
        {
            responses.GetProperty(status).GetProperty("content").GetProperty("application/json").GetProperty("schema")
                .GetProperty("$ref").GetString().Should().Be($"#/components/schemas/{acknowledgement}");
        }

        foreach (var refusal in new[] { "400", "403", "404", "409", "422" })
        {
            responses.GetProperty(refusal).GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue(refusal);
        }

        responses.EnumerateObject().Should().HaveCount(accepted.Length + 5);
    }

    [Fact]
    public void every_command_route_is_among_those_checked() => Acknowledgements.Keys.Should().BeEquivalentTo(Requests.CommandRoutes);

    private async Task<JsonElement> OpenApiAsync()
    {
        using var client = server.Host.Server.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
    }
}
