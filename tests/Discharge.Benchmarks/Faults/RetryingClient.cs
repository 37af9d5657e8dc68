using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Discharge.Benchmarks.Http;

namespace Discharge.Benchmarks.Faults;

/// <summary>
/// Sends each command as a careful client does through a fault: to the nodes in turn, and again with the same
/// idempotency key after a dropped connection, a 503 or a lost race, until it is answered. Tallies every answer.
/// </summary>
internal sealed class RetryingClient(IReadOnlyList<ServerUnderTest> nodes, string token) : IDisposable
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    private readonly HttpClient client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly ConcurrentDictionary<string, int> statuses = new();
    private int turn;

    /// <summary>How often each kind of answer (a status code, or <c>no answer</c>) came, retries included.</summary>
    public IReadOnlyDictionary<string, int> Answers => statuses;

    /// <summary>The nodes to send to; a fault may change them (a node killed is still tried, and refuses).</summary>
    public List<ServerUnderTest> Nodes { get; } = [.. nodes];

    /// <summary>Sends until a final answer, and returns its status: 2xx acknowledged, anything else refused.</summary>
    public async Task<HttpStatusCode> SendAsync(string url, byte[] body, string idempotencyKey)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var node = Nodes[(int)((uint)Interlocked.Increment(ref turn) % Nodes.Count)];
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node.Address, url)) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            TimeSpan pause;
            try
            {
                using var response = await client.SendAsync(request);
                Tally(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (!await IsWorthRetryingAsync(response))
                {
                    return response.StatusCode;
                }

                pause = response.Headers.RetryAfter?.Delta is { } retryAfter ? Min(retryAfter, TimeSpan.FromSeconds(1)) : TimeSpan.FromMilliseconds(100);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Refused, reset or timed out: the node is down, or was killed with the request in flight.
                Tally("no answer");
                pause = TimeSpan.FromMilliseconds(100);
            }

            if (waited.Elapsed > GiveUpAfter)
            {
                throw new TimeoutException($"{url} (key {idempotencyKey}) was not answered within {GiveUpAfter}.");
            }

            await Task.Delay(pause);
        }
    }

    /// <summary>An outage (503), a lost race (409 <c>conflict</c>) or a failure (500, which the tally shows); never a refusal.</summary>
    private static async Task<bool> IsWorthRetryingAsync(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.InternalServerError => true,
        HttpStatusCode.Conflict => (await response.Content.ReadAsStringAsync()).Contains("\"/problems/conflict\"", StringComparison.Ordinal),
        _ => false,
    };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private void Tally(string answer) => statuses.AddOrUpdate(answer, 1, (_, n) => n + 1);

    public void Dispose() => client.Dispose();
}
