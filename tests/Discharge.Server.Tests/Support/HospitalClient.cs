using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Discharge.Server.Identity;
using Discharge.Server.Tests.Golden;
using FluentAssertions;

namespace Discharge.Server.Tests.Support;

/// <summary>
/// Sends commands as an organisation would: with a token for its code and a user, and a fresh idempotency key per
/// command. Given a transcript, it writes each answer there.
/// </summary>
public sealed class HospitalClient(DischargeServer server, string organisation = Requests.NhsBody, ApiTranscript? transcript = null, string? role = null)
{
    public async Task<HttpResponseMessage> PostAsync(string url, object body, string? idempotencyKey = null)
    {
        using var request = Command(url, body, organisation, idempotencyKey);
        using var client = server.Host.Server.CreateClient();
        var response = await client.SendAsync(request);
        await RecordAsync(request, response);
        return response;
    }

    /// <summary>A command request from <paramref name="organisation"/>, for any server: in this process or another.</summary>
    public static HttpRequestMessage Command(string url, object body, string organisation = Requests.NhsBody, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = TestTokens.Bearer(organisation);
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        return request;
    }

    /// <summary>Posts a command that must be accepted, and returns the acknowledgement.</summary>
    public async Task<JsonElement> AcceptedAsync(string url, object body)
    {
        var response = await PostAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"{url} should be accepted, but answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Opens an episode with a valid assessment notice (by default the worked examples' Monday 12 Jan 2004) and returns its id.</summary>
    public async Task<Guid> OpenEpisodeAsync(string deliveredAt = "2004-01-12T10:15:00Z")
    {
        var episode = Guid.NewGuid();
        await AcceptedAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice(deliveredAt));
        return episode;
    }

    /// <summary>Sends an assessment notice for a new episode that must be refused with the given problem, leaving no stream.</summary>
    public async Task<JsonElement> RefusedFirstNoticeAsync(object body, HttpStatusCode status, string type)
    {
        var episode = Guid.NewGuid();
        var problem = await (await PostAsync($"/episodes/{episode}/assessment-notice", body)).ShouldBeProblem(status, type);
        (await server.EventCount(episode)).Should().Be(0);
        return problem;
    }

    public HospitalClient As(string otherOrganisation) => new(server, otherOrganisation, transcript);

    /// <summary>Reads as an auditor, who may read every episode and report.</summary>
    public HospitalClient Auditor => new(server, TestTokens.Auditor, transcript, DischargeRoles.Auditor);

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var client = server.CreateClient(organisation, role);
        using var response = await client.GetAsync(url);
        await RecordAsync(response.RequestMessage!, response);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every day of the episode's live liability, read page by page from /episodes/{id}/days as a client would.</summary>
    public async Task<IReadOnlyList<JsonElement>> DaysAsync(Guid episode, int pageSize = 500)
    {
        var days = new List<JsonElement>();
        for (string? page = $"/episodes/{episode}/days?pageSize={pageSize}"; page is not null;)
        {
            var answer = await GetJsonAsync(page);
            days.AddRange(answer.GetProperty("days").EnumerateArray());
            page = answer.GetProperty("next").GetString();
        }

        return days;
    }

    private async Task RecordAsync(HttpRequestMessage request, HttpResponseMessage response)
    {
        if (transcript is not null)
        {
            // The answer is buffered, so the caller can still read it.
            transcript.Add(request.Method, request.RequestUri!, response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    public static async Task<JsonElement> BodyOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
