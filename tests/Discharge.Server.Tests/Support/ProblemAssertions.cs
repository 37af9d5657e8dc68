using System.Net;
using System.Text.Json;

namespace Discharge.Server.Tests.Support;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 7807 answer with the given status and problem type, and returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be((int)status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("type").GetString().Should().Be(type, body);
        return problem;
    }
}
