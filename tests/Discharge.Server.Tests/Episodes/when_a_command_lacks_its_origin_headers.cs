using System.Net;
using System.Text;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>
/// Every command carries the idempotency key it is sent under (its sender comes from the token): one without it is
/// refused, and nothing is recorded. (Whether the parties a command names are in the registers is a domain rule,
/// tested there.)
/// </summary>
public sealed class when_a_command_lacks_its_origin_headers(DischargeServer server) : IClassFixture<DischargeServer>
{
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
