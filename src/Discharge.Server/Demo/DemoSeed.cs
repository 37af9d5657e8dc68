using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Discharge.Server.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NodaTime;

namespace Discharge.Server.Demo;

/// <summary>
/// <c>--demo</c>: once the service listens, it records <see cref="DemoEpisodes"/> by sending their requests to itself
/// over HTTP, with tokens signed by the local key: the path every client's commands take. Development only.
/// </summary>
internal sealed partial class DemoSeed(IServer server, IHostApplicationLifetime lifetime, IConfiguration configuration, IClock clock, ILogger<DemoSeed> log)
    : BackgroundService
{
    public const string Flag = "--demo";

    public const string Usage =
        $"Add {Flag} to run the service with demo data: in Development it records six episodes of 2010, a statement and a payment through its own API as it starts.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await Started(stoppingToken))
        {
            return;
        }

        var address = LocalAddress();
        using var client = new HttpClient { BaseAddress = address };
        var steps = DemoEpisodes.Steps().ToList();
        foreach (var step in steps)
        {
            await SendAsync(client, step, stoppingToken);
        }

        // The statement waits for the delay ledgers to take in the episodes (503 reports-catching-up until then).
        var statement = await SendAsync(client, DemoEpisodes.Statement, stoppingToken);
        await SendAsync(client, DemoEpisodes.Payment(statement.GetProperty("id").GetGuid()), stoppingToken);
        Recorded(log, steps.Count + 2, address);
    }

    private async Task<bool> Started(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var whenStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        await using var whenStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<JsonElement> SendAsync(HttpClient client, DemoStep step, CancellationToken cancellation)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, step.Path) { Content = JsonContent.Create(step.Body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(step));
            request.Headers.Add("Idempotency-Key", step.IdempotencyKey);
            using var response = await client.SendAsync(request, cancellation);
            var body = await response.Content.ReadAsStringAsync(cancellation);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter?.Delta is { } wait)
            {
                await Task.Delay(wait, cancellation);
                continue;
            }

            return response.IsSuccessStatusCode
                ? JsonDocument.Parse(body).RootElement.Clone()
                : throw new InvalidOperationException($"The demo's {step.Path} was refused ({(int)response.StatusCode}): {body}");
        }
    }

    private string Token(DemoStep step)
    {
        var settings = IdentitySettings.From(configuration);
        return new LocalToken(step.Organisation, step.Role, "demo", Duration.FromHours(1)).SignWith(LocalSigningKey.For(settings), settings, clock.GetCurrentInstant());
    }

    /// <summary>Where the service listens, with a wildcard host read as this machine.</summary>
    private Uri LocalAddress()
    {
        var listening = new UriBuilder(server.Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal));
        return listening.Uri;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: recorded {Commands} commands (six episodes, a statement and a payment); open {Address}")]
    private static partial void Recorded(ILogger logger, int commands, Uri address);
}
