using System.Net;
using System.Text;
using System.Text.Json;
using Alba;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

public sealed class when_giving_the_first_assessment_notice(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task the_episode_can_be_read_back()
    {
        var episode = Guid.NewGuid();
        await server.Host.Scenario(s =>
        {
            s.Post.Json(new { nhsBody = "RTG", council = "E06000015", deliveredAt = "2004-01-12T10:15:00Z" })
                .ToUrl($"/episodes/{episode}/assessment-notice");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
            s.Header("Location").SingleValueShouldEqual($"/episodes/{episode}");
        });

        var view = await ReadJson($"/episodes/{episode}", HttpStatusCode.OK);
        view.GetProperty("nhsBody").GetString().Should().Be("RTG");
        view.GetProperty("council").GetString().Should().Be("E06000015");
        view.GetProperty("assessmentNoticeDeliveredAt").GetString().Should().Be("2004-01-12T10:15:00Z");
    }

    [Fact]
    public async Task an_unknown_episode_is_not_found_with_problem_details()
    {
        var problem = await ReadJson($"/episodes/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        problem.GetProperty("status").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task missing_fields_are_refused_with_problem_details_naming_them()
    {
        var problem = await PostRaw(Guid.NewGuid(), "{}", HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().Should().Be("/problems/validation");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("nhsBody", "council");
    }

    [Fact]
    public async Task malformed_json_is_refused_with_problem_details()
    {
        var problem = await PostRaw(Guid.NewGuid(), "{ \"nhsBody\": ", HttpStatusCode.BadRequest);
        problem.GetProperty("status").GetInt32().Should().Be(400);
    }

    [Fact]
    public async Task a_notice_delivered_in_the_future_is_refused()
    {
        var future = server.Clock.GetCurrentInstant().PlusTicks(TimeSpan.TicksPerDay).ToString();
        var problem = await PostRaw(Guid.NewGuid(), $$"""{ "nhsBody": "RTG", "council": "E06000015", "deliveredAt": "{{future}}" }""", HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("deliveredAt", out _).Should().BeTrue();
    }

    [Fact]
    public async Task two_concurrent_first_notices_for_one_episode_do_not_both_succeed()
    {
        var episode = Guid.NewGuid();
        var body = """{ "nhsBody": "RTG", "council": "E06000015" }""";
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Send(episode, body)));

        attempts.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        var losers = attempts.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        losers.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Conflict);
        foreach (var loser in losers)
        {
            loser.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }
    }

    private async Task<HttpResponseMessage> Send(Guid episode, string body)
    {
        using var client = server.Host.Server.CreateClient();
        return await client.PostAsync($"/episodes/{episode}/assessment-notice", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    private async Task<JsonElement> PostRaw(Guid episode, string body, HttpStatusCode expected)
    {
        var response = await Send(episode, body);
        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<JsonElement> ReadJson(string url, HttpStatusCode expected)
    {
        var result = await server.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(expected);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement;
    }
}
