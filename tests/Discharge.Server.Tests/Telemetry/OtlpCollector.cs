using System.Collections.Concurrent;
using Discharge.Server.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Discharge.Server.Tests.Telemetry;

/// <summary>
/// The receiving end of OTLP over gRPC, as a collector offers it on a port of its own: it answers every export with
/// success and keeps what was sent, by the service (trace or metrics) it was sent to.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    public const string Traces = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
    public const string Metrics = "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export";

    private readonly WebApplication collector;

    private OtlpCollector(WebApplication collector, Uri endpoint)
    {
        this.collector = collector;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public ConcurrentQueue<(string Service, byte[] Body)> Exports { get; } = new();

    public static async Task<OtlpCollector> StartAsync()
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // gRPC without TLS: HTTP/2 spoken from the first byte.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var collector = new OtlpCollector(app, new Uri($"http://localhost:{port}"));
        app.MapPost("/{**service}", collector.ReceiveAsync);
        await app.StartAsync();
        return collector;
    }

    /// <summary>Whether an export to <paramref name="service"/> carried <paramref name="text"/> (names travel as UTF-8).</summary>
    public bool Received(string service, string text) =>
        Exports.Any(e => e.Service == service && e.Body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0);

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        Exports.Enqueue((context.Request.Path, body.ToArray()));
        context.Response.ContentType = "application/grpc";
        // An empty Export…Response: no compression flag, length zero. Then the call's status, in the trailers.
        await context.Response.Body.WriteAsync(new byte[5]);
        context.Response.AppendTrailer("grpc-status", "0");
    }

    public async ValueTask DisposeAsync() => await collector.DisposeAsync();
}
