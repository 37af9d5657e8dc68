using System.Net.Http.Json;
using Discharge.Server.Tests.Support;
using NodaTime.Text;
using Npgsql;

namespace Discharge.Server.Tests.Commands;

/// <summary>Every event carries who sent it, when the service received it (its own clock), its key and its correlation id.</summary>
public sealed class when_recording_who_sent_a_command(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task the_sender_the_time_received_and_the_correlation_id_are_stored_with_the_event()
    {
        var episode = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/episodes/{episode}/assessment-notice")
        {
            Content = JsonContent.Create(Requests.AssessmentNotice("2004-01-12T10:15:00Z")),
        };
        // The organisation and the user come from the token: its code as the token writes it.
        request.Headers.Authorization = TestTokens.Bearer("rtg", "hospital", "sam.jones@example.nhs.uk");
        request.Headers.Add("Idempotency-Key", "notice-0001");
        request.Headers.Add("X-Correlation-ID", "referral-4711");
        using var client = server.CreateClient();
        // A time received with a fraction of a second, which the stored header must keep.
        server.Clock.AdvanceMilliseconds(250);

        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        var stored = (await server.EventsOf(episode)).Should().ContainSingle().Subject;
        stored.CorrelationId.Should().Be("referral-4711");
        stored.Headers.Should().NotBeNull();
        stored.Headers!["organisation"].ToString().Should().Be("RTG");
        stored.Headers["user"].ToString().Should().Be("sam.jones@example.nhs.uk");
        stored.Headers["idempotencyKey"].ToString().Should().Be("notice-0001");
        (await StoredHeadersJson(episode)).Should().Contain($"\"receivedAt\": \"{InstantPattern.ExtendedIso.Format(server.Clock.GetCurrentInstant())}\"");
    }

    /// <summary>The headers as stored: read back through Marten, a date-like string comes back as a DateTime.</summary>
    private async Task<string> StoredHeadersJson(Guid episode)
    {
        await using var connection = await server.OpenDatabaseAsync();
        await using var command = new NpgsqlCommand("select headers::text from mt_events where stream_id = @episode", connection);
        command.Parameters.AddWithValue("episode", episode);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task without_a_correlation_id_the_trace_id_of_the_requests_trace_context_stands_in()
    {
        var episode = Guid.NewGuid();
        using var request = HospitalClient.Command($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        using var client = server.CreateClient();

        var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        response.Headers.GetValues("X-Correlation-ID").Should().Equal("0af7651916cd43dd8448eb211c80319c");
        (await server.EventsOf(episode)).Should().ContainSingle().Which.CorrelationId.Should().Be("0af7651916cd43dd8448eb211c80319c");
    }

    [Fact]
    public async Task without_either_the_request_gets_an_id_of_its_own_and_is_told_it()
    {
        var episode = Guid.NewGuid();
        using var request = HospitalClient.Command($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        using var client = server.CreateClient();

        var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        var told = response.Headers.GetValues("X-Correlation-ID").Should().ContainSingle().Subject;
        told.Should().NotBeNullOrWhiteSpace();
        (await server.EventsOf(episode)).Should().ContainSingle().Which.CorrelationId.Should().Be(told);
    }
}
