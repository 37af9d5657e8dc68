using System.Net;
using System.Text.Json;
using Discharge.Server.Tests.Support;
using NodaTime;

namespace Discharge.Server.Tests.Audit;

/// <summary>
/// An episode's history lists every event of its stream in order, each with who recorded it and when: the sender's
/// organisation, user, idempotency key and correlation id for a command, none of them for the service's own
/// liability check.
/// </summary>
public sealed class when_reading_an_episodes_history(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task each_event_carries_its_type_data_and_who_recorded_it_when()
    {
        var episode = Guid.NewGuid();
        var noticeAt = await Send(episode, "assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"), Requests.NhsBody, "an-1", "corr-notice");
        var acknowledgedAt = await Send(episode, "acknowledgements", new { notice = "assessment", response = "accept" }, Requests.Council, "ack-1", "corr-ack");
        await Send(episode, "discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"), Requests.NhsBody, "dn-1", "corr-dn");
        server.Clock.Advance(Duration.FromMinutes(1));
        var checkedAt = server.Clock.GetCurrentInstant();
        await server.RunDueChecksAsync();
        var dischargedAt = await Send(episode, "discharged", new { on = "2004-01-20" }, Requests.NhsBody, "out-1", "corr-out");

        var events = (await hospital.Auditor.GetJsonAsync($"/episodes/{episode}/history")).GetProperty("events").EnumerateArray().ToList();

        events.Select(e => e.GetProperty("type").GetString()).Should().Equal(
            "assessment-notice-given", "notice-acknowledged", "discharge-notice-given", "liability-started", "patient-discharged");
        events.Select(e => e.GetProperty("version").GetInt64()).Should().Equal(1, 2, 3, 4, 5);
        events.Select(e => e.GetProperty("sequence").GetInt64()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        ShouldBeSent(events[0], noticeAt, Requests.NhsBody, "an-1", "corr-notice");
        ShouldBeSent(events[1], acknowledgedAt, Requests.Council, "ack-1", "corr-ack");
        ShouldBeSent(events[4], dischargedAt, Requests.NhsBody, "out-1", "corr-out");
        var check = events[3];
        check.GetProperty("recordedBy").GetString().Should().Be("service");
        check.GetProperty("receivedAt").GetString().Should().Be(Iso(checkedAt), "the service stamps its own events by its own clock");
        check.GetProperty("organisation").ValueKind.Should().Be(JsonValueKind.Null);
        check.GetProperty("user").ValueKind.Should().Be(JsonValueKind.Null);
        check.GetProperty("idempotencyKey").ValueKind.Should().Be(JsonValueKind.Null);
        check.GetProperty("data").GetProperty("firstDay").GetString().Should().Be("2004-01-16");
        var notice = events[0].GetProperty("data");
        notice.GetProperty("deliveredAt").GetString().Should().Be("2004-01-12T10:15:00Z", "the API's own JSON: camelCase, NodaTime ISO");
        notice.GetProperty("nhsBody").GetString().Should().Be(Requests.NhsBody);
        events[1].GetProperty("data").GetProperty("response").GetString().Should().Be("accept");
    }

    [Fact]
    public async Task the_parties_read_it_unlogged_and_an_auditors_read_is_logged()
    {
        var episode = await hospital.OpenEpisodeAsync();

        (await hospital.GetJsonAsync($"/episodes/{episode}/history")).GetProperty("events").GetArrayLength().Should().Be(1);
        (await hospital.As(Requests.Council).GetJsonAsync($"/episodes/{episode}/history")).GetProperty("events").GetArrayLength().Should().Be(1);
        await hospital.Auditor.GetJsonAsync($"/episodes/{episode}/history");

        var reads = (await hospital.Auditor.GetJsonAsync("/audit/patient-data-reads?from=2024-01-01&to=2024-12-31")).EnumerateArray()
            .Where(r => r.GetProperty("episodeId").GetGuid() == episode);
        reads.Should().ContainSingle("the events name the patient; only the auditor's read is logged");
    }

    [Fact]
    public async Task an_unknown_episode_is_not_found()
    {
        using var auditor = server.CreateAuditorClient();

        await (await auditor.GetAsync($"/episodes/{Guid.NewGuid()}/history")).ShouldBeProblem(HttpStatusCode.NotFound, "/problems/episode-not-found");
    }

    /// <summary>Sends a command a minute after the last, with its own key and correlation id; returns when it was received.</summary>
    private async Task<Instant> Send(Guid episode, string route, object body, string organisation, string key, string correlation)
    {
        server.Clock.Advance(Duration.FromMinutes(1));
        using var request = HospitalClient.Command($"/episodes/{episode}/{route}", body, organisation, key);
        request.Headers.Add("X-Correlation-ID", correlation);
        using var client = server.Host.Server.CreateClient();
        using var response = await client.SendAsync(request);
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        return server.Clock.GetCurrentInstant();
    }

    private static void ShouldBeSent(JsonElement recorded, Instant receivedAt, string organisation, string key, string correlation)
    {
        recorded.GetProperty("recordedBy").GetString().Should().Be("sender");
        recorded.GetProperty("receivedAt").GetString().Should().Be(Iso(receivedAt));
        recorded.GetProperty("organisation").GetString().Should().Be(organisation);
        recorded.GetProperty("user").GetString().Should().Be(TestTokens.User);
        recorded.GetProperty("idempotencyKey").GetString().Should().Be(key);
        recorded.GetProperty("correlationId").GetString().Should().Be(correlation);
    }

    private static string Iso(Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);
}
