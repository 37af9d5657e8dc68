using System.Net;
using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Outages;

/// <summary>The server executable while its database is down: it waits to start, answers 503 meanwhile, and recovers alone.</summary>
public sealed class when_the_database_goes_away(DatabaseOutage outage) : IClassFixture<DatabaseOutage>
{
    [Fact]
    public void a_server_started_before_its_database_waits_for_it_and_says_so()
    {
        outage.Server.Log.Should().Contain(line => line.Contains($"Waiting for database outage on 127.0.0.1:{outage.Port}, which does not answer yet"));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("immediate")]
    public async Task commands_answer_503_with_retry_after_and_health_is_unhealthy_until_it_is_back_and_a_retry_records_once(string shutdown)
    {
        using var client = outage.CreateClient();
        var episode = Guid.NewGuid();
        (await SendAsync(client, $"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"), "an")).StatusCode
            .Should().Be(HttpStatusCode.Created);
        var dischargeNotice = Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15");

        await outage.StopDatabaseAsync(shutdown);
        try
        {
            var refused = await SendAsync(client, $"/episodes/{episode}/discharge-notice", dischargeNotice, "dn");
            refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, await refused.Content.ReadAsStringAsync());
            refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5));
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            problem.GetProperty("type").GetString().Should().Be("/problems/database-unavailable");
            refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");

            var read = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/episodes/{episode}") { Headers = { Authorization = TestTokens.Bearer(Requests.NhsBody) } });
            read.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            var health = await client.GetAsync("/health");
            health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString().Should().Be("Unhealthy");
        }
        finally
        {
            await outage.StartDatabaseAsync();
        }

        // The first request after a restart may meet a pooled connection the restart broke: then 503 again, and a retry.
        var retried = await SendUntilAnsweredAsync(client, $"/episodes/{episode}/discharge-notice", dischargeNotice, "dn");
        retried.StatusCode.Should().Be(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        (await SendAsync(client, $"/episodes/{episode}/discharge-notice", dischargeNotice, "dn")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await outage.CommandEventCountAsync(episode)).Should().Be(2);
    }

    private static async Task<HttpResponseMessage> SendUntilAnsweredAsync(HttpClient client, string url, object body, string key)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await SendAsync(client, url, body, key);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 10)
            {
                return response;
            }

            await Task.Delay(500);
        }
    }

    internal static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, object body, string key) =>
        client.SendAsync(HospitalClient.Command(url, body, idempotencyKey: $"{url}/{key}"));
}
