using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Discharge.Benchmarks.Http;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Hosting;

/// <summary>The server executable stopped as a service manager stops it (SIGTERM): what is in flight finishes, then it exits, in bounded time.</summary>
public sealed class when_the_server_is_told_to_stop
{
    [Fact]
    public async Task a_request_in_flight_is_answered_and_the_process_exits_cleanly_within_the_shutdown_timeout()
    {
        var database = await SharedPostgres.CreateDatabaseAsync("sigterm");
        await using var server = await ServerUnderTest.StartAsync(database, new Dictionary<string, string>
        {
            ["Discharge__Identity__SigningKey"] = TestTokens.SigningKey,
            ["Discharge__ShutdownTimeout"] = "00:00:10",
            // Its own lines say when it begins to stop.
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        });
        using var client = new HttpClient { BaseAddress = server.Address };
        // The endpoint's code is compiled on its first request: done here, so that the stop waits for the request alone.
        (await client.SendAsync(HospitalClient.Command($"/episodes/{Guid.NewGuid()}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"))))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var body = new HalfSentBody(JsonSerializer.Serialize(Requests.AssessmentNotice("2004-01-12T10:15:00Z")));
        var episode = Guid.NewGuid();
        using var request = HospitalClient.Command($"/episodes/{episode}/assessment-notice", "{}");
        request.Content = body;
        var answer = client.SendAsync(request);
        await body.HalfSent.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = Stopwatch.StartNew();
        var exited = server.TerminateAsync(within: TimeSpan.FromSeconds(30));
        // The server has begun to stop (new connections are refused) while the request is still half sent.
        await Eventually.HoldsAsync(() => server.Log.Any(line => line.Contains("Application is shutting down", StringComparison.Ordinal)), "the server begins to stop");
        body.SendTheRest.SetResult();

        var response = await answer;
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await exited).Should().Be(0, string.Join(Environment.NewLine, server.Log));
        stopping.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "the shutdown timeout bounds the stop");
    }

    /// <summary>A request body sent in two halves, the second only when the test says so: a request that is in flight.</summary>
    private sealed class HalfSentBody : HttpContent
    {
        private readonly byte[] bytes;

        public HalfSentBody(string json)
        {
            bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new("application/json");
        }

        public TaskCompletionSource HalfSent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SendTheRest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await stream.FlushAsync();
            HalfSent.SetResult();
            await SendTheRest.Task;
            await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }
}
