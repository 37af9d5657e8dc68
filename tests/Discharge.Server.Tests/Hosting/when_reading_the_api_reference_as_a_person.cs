using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Hosting;

/// <summary>The API reference reads for people: every operation has a summary in words, a tag naming its part of the scheme, and a command its headers.</summary>
public sealed class when_reading_the_api_reference_as_a_person(DischargeServer server) : IClassFixture<DischargeServer>
{
    private static readonly string[] Tags = ["Episodes", "Statements and payments", "Disputes", "Recovery claims", "Reports", "Notifications", "Audit"];

    [Fact]
    public async Task every_operation_has_a_summary_in_words_and_a_tag_for_its_part_of_the_scheme()
    {
        var document = await DocumentAsync();

        foreach (var (route, operation) in Operations(document))
        {
            var summary = operation.GetProperty("summary").GetString()!;
            summary.Should().NotContain("_", route).And.Contain(" ", route);
            operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().ContainSingle(route).Which.Should().BeOneOf(Tags, route);
        }

        document.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().BeEquivalentTo(Tags);
    }

    [Fact]
    public async Task every_command_declares_its_idempotency_key_as_a_required_header()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        foreach (var (route, operation) in operations)
        {
            var headers = operation.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header")
                    .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("required", out var r) && r.GetBoolean())
                : [];
            var command = route.StartsWith("POST ", StringComparison.Ordinal) && route != "POST /audit/verify";
            headers.Should().BeEquivalentTo(
                command ? new Dictionary<string, bool> { ["Idempotency-Key"] = true, ["X-Correlation-ID"] = false } : [], route);
        }

        operations.Should().Contain(o => o.Route == "POST /episodes/{episodeId}/assessment-notice");
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = server.Host.Server.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
    }

    private static IEnumerable<(string Route, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => ($"{method.Name.ToUpperInvariant()} {path.Name}", method.Value)));
}
