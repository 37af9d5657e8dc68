using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Commands;

/// <summary>An idempotency key names one command of one organisation: a retry gets the first answer and appends nothing.</summary>
public abstract class when_retrying_a_command(DischargeServer server)
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task the_same_command_under_the_same_key_gets_the_same_answer_and_is_recorded_once()
    {
        var episode = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();
        var body = Requests.AssessmentNotice("2004-01-12T10:15:00Z");

        var first = await hospital.PostAsync($"/episodes/{episode}/assessment-notice", body, key);
        var retry = await hospital.PostAsync($"/episodes/{episode}/assessment-notice", body, key);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.StatusCode.Should().Be(first.StatusCode);
        retry.Headers.Location.Should().Be(first.Headers.Location);
        (await retry.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Fact]
    public async Task a_retried_command_on_an_existing_episode_appends_nothing_more()
    {
        var episode = await hospital.OpenEpisodeAsync();
        var key = Guid.NewGuid().ToString();
        var body = Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15");

        var first = await hospital.PostAsync($"/episodes/{episode}/discharge-notice", body, key);
        var retry = await hospital.PostAsync($"/episodes/{episode}/discharge-notice", body, key);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        retry.StatusCode.Should().Be(HttpStatusCode.OK, "a second discharge notice would be refused; the retry is answered from the receipt");
        (await retry.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await server.EventCount(episode)).Should().Be(2);
    }

    [Fact]
    public async Task the_same_key_with_a_changed_payload_is_refused()
    {
        var episode = await hospital.OpenEpisodeAsync();
        var key = Guid.NewGuid().ToString();
        await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"), key);

        var changed = await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-16"), key);

        await changed.ShouldBeProblem(HttpStatusCode.Conflict, "/problems/idempotency-key-reused");
        (await server.EventCount(episode)).Should().Be(2);
    }

    [Fact]
    public async Task the_same_key_on_another_route_is_refused()
    {
        var episode = await hospital.OpenEpisodeAsync();
        var key = Guid.NewGuid().ToString();
        await hospital.AcceptedAsync($"/episodes/{episode}/nhs-service-awaited", new { from = "2004-01-14" });
        await hospital.PostAsync($"/episodes/{episode}/discharged", new { on = "2004-01-20" }, key);

        var other = await hospital.PostAsync($"/episodes/{episode}/died", new { on = "2004-01-20" }, key);

        await other.ShouldBeProblem(HttpStatusCode.Conflict, "/problems/idempotency-key-reused");
        (await server.EventCount(episode)).Should().Be(3);
    }

    [Fact]
    public async Task the_same_key_under_another_organisations_token_is_another_command()
    {
        var episode = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();
        await hospital.PostAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"), key);

        var council = await hospital.As(Requests.Council).PostAsync($"/episodes/{episode}/acknowledgements", new { notice = "assessment", response = "accept" }, key);

        council.StatusCode.Should().Be(HttpStatusCode.OK);
        (await server.EventCount(episode)).Should().Be(2);
    }

    [Fact]
    public async Task the_same_key_under_another_users_token_of_the_same_organisation_is_a_retry()
    {
        var episode = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();
        var body = Requests.AssessmentNotice("2004-01-12T10:15:00Z");
        var first = await hospital.PostAsync($"/episodes/{episode}/assessment-notice", body, key);
        using var retry = HospitalClient.Command($"/episodes/{episode}/assessment-notice", body, idempotencyKey: key);
        retry.Headers.Authorization = TestTokens.Bearer(Requests.NhsBody, user: "night.shift@example.nhs.uk");
        using var client = server.Host.Server.CreateClient();

        var second = await client.SendAsync(retry);

        second.StatusCode.Should().Be(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await server.EventsOf(episode)).Should().ContainSingle().Which.Headers!["user"].ToString().Should().Be(TestTokens.User);
    }

    [Fact]
    public async Task a_refused_command_keeps_no_receipt_so_the_corrected_one_may_reuse_its_key()
    {
        var episode = await hospital.OpenEpisodeAsync();
        var key = Guid.NewGuid().ToString();
        var refused = await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T15:00:00Z", "2004-01-14"), key);
        await refused.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/discharge-notice-too-late");

        var corrected = await hospital.PostAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T15:00:00Z", "2004-01-16"), key);

        corrected.StatusCode.Should().Be(HttpStatusCode.OK);
        (await server.EventCount(episode)).Should().Be(2);
    }
}

/// <summary>On a server deciding first on the histories it remembers.</summary>
public sealed class when_retrying_a_command_on_a_server_remembering_histories(DischargeServer server)
    : when_retrying_a_command(server), IClassFixture<DischargeServer>;

/// <summary>On a server that reads every episode before deciding.</summary>
public sealed class when_retrying_a_command_on_a_server_remembering_nothing(DischargeServerRememberingNothing server)
    : when_retrying_a_command(server), IClassFixture<DischargeServerRememberingNothing>;
