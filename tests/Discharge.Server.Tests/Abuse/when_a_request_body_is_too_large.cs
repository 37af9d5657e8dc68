using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Abuse;

/// <summary>
/// Through real Kestrel, where a body arrives with its length declared or in chunks of unknown length: a body past
/// the cap is refused 413 with problem details and records nothing, however it is sent; one within it is read.
/// </summary>
public sealed class when_a_request_body_is_too_large(when_a_request_body_is_too_large.ServerWithSmallCap server)
    : IClassFixture<when_a_request_body_is_too_large.ServerWithSmallCap>
{
    public const int Cap = 4096;

    public sealed class ServerWithSmallCap() : RunningServer(new Dictionary<string, string> { ["Discharge__MaxRequestBodyBytes"] = $"{Cap}" });

    [Fact]
    public async Task a_declared_length_past_the_cap_is_refused_413()
    {
        var (episode, request) = OversizedNotice();

        await RefusedAsync(episode, request);
    }

    [Fact]
    public async Task a_chunked_body_past_the_cap_is_refused_413()
    {
        var (episode, request) = OversizedNotice();
        request.Content = new ChunkedContent(await request.Content!.ReadAsStringAsync());

        await RefusedAsync(episode, request);
    }

    [Fact]
    public async Task a_chunked_body_within_the_cap_is_read()
    {
        var episode = Guid.NewGuid();
        using var request = HospitalClient.Command($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        request.Content = new ChunkedContent(await request.Content!.ReadAsStringAsync());
        using var client = server.CreateClient();

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    private async Task RefusedAsync(Guid episode, HttpRequestMessage request)
    {
        using var client = server.CreateClient();

        var problem = await (await client.SendAsync(request)).ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "/problems/body-too-large");

        problem.GetProperty("detail").GetString().Should().Be($"A request body may hold at most {Cap} bytes. Nothing was recorded.");
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(Requests.NhsBody);
        await (await client.GetAsync($"/episodes/{episode}")).ShouldBeProblem(HttpStatusCode.NotFound, "/problems/episode-not-found");
    }

    /// <summary>A valid assessment notice, but for a hospital name longer than the cap.</summary>
    private static (Guid Episode, HttpRequestMessage Request) OversizedNotice()
    {
        var episode = Guid.NewGuid();
        var notice = Requests.AssessmentNotice("2004-01-12T10:15:00Z");
        notice["hospital"] = new string('x', Cap);
        return (episode, HospitalClient.Command($"/episodes/{episode}/assessment-notice", notice));
    }

    /// <summary>A body of no known length, which HttpClient sends with Transfer-Encoding: chunked.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] bytes;

        public ChunkedContent(string json)
        {
            bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            await stream.WriteAsync(bytes);

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
