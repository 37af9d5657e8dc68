using System.Net;
using System.Text;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>
/// Every command names who sent it and under which idempotency key: one without either header is refused, and nothing
/// is recorded. (Whether the parties a command names are in the registers is a domain rule, tested there.)
/// </summary>
public sealed class when_a_command_lacks_its_origin_headers(DischargeServer server) : IClassFixture<DischargeServer>
{
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
        (await server.EventCount(episode)).Should().Be(0);
    }
}
