using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Abuse;

/// <summary>
/// Commands are limited per organisation: past the limit in a minute, the next is refused 429 with Retry-After and
/// records nothing, while another organisation's commands and the organisation's own reads go on.
/// </summary>
public sealed class when_an_organisation_sends_too_many_commands(DischargeServerWithTinyRateLimit server) : IClassFixture<DischargeServerWithTinyRateLimit>
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task the_command_past_the_limit_is_refused_429_and_nothing_is_recorded()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));

        using var refused = await hospital.PostAsync($"/episodes/{episode}/discharged", new { on = "2004-01-20" });

        var problem = await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, "/problems/too-many-requests");
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(60));
        problem.GetProperty("detail").GetString().Should().Be(
            "'RTG' has sent its commands for this minute. Nothing was recorded: send it again after 60 s (Retry-After), with the same Idempotency-Key.");
        (await server.EventCount(episode)).Should().Be(2);

        // Another organisation is not held back, nor are the organisation's reads.
        await hospital.As(Requests.Council).AcceptedAsync($"/episodes/{episode}/acknowledgements", new { notice = "assessment", response = "accept" });
        (await server.EventCount(episode)).Should().Be(3);
        (await hospital.GetJsonAsync($"/episodes/{episode}")).GetProperty("episode").GetProperty("id").GetGuid().Should().Be(episode);
    }
}
