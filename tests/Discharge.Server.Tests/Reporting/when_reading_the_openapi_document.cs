using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Reporting;

/// <summary>Clients generate code from the OpenAPI document: every read endpoint names the shape of its answer and of its refusal.</summary>
public sealed class when_reading_the_openapi_document(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Theory]
    [InlineData("/episodes/{episodeId}", "EpisodeWithLiability", "404")]
    [InlineData("/councils/{code}/liability", "CouncilLiability", "400")]
    [InlineData("/councils/{code}/delays", "DelayCounts", "400")]
    [InlineData("/nhs-bodies/{code}/delays", "DelayCounts", "400")]
    [InlineData("/census", "Census", "400")]
    public async Task a_read_endpoint_names_its_answer_and_its_problem(string path, string schema, string refusal)
    {
        var responses = (await OpenApiAsync()).GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");

        responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("$ref").GetString().Should().Be($"#/components/schemas/{schema}");
        responses.GetProperty(refusal).GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue();
        responses.EnumerateObject().Select(r => r.Name).Should().BeEquivalentTo(["200", refusal], "no status the endpoint never answers");
    }

    private async Task<JsonElement> OpenApiAsync()
    {
        using var client = server.Host.Server.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
    }
}
