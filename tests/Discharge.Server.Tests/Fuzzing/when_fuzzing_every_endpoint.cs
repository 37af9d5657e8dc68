using Discharge.Server.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Fuzzing;

/// <summary>
/// Random and mutated bodies, headers, parameters and queries, sent to every route the endpoint data source maps, as
/// any caller: no answer is a 5xx, and a request that is not accepted (any status but 2xx) records no event.
/// </summary>
public sealed class when_fuzzing_every_endpoint(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Property(MaxTest = 400)]
    public Property no_request_fails_and_no_refusal_records_anything() =>
        Prop.ForAll(FuzzedRequest.For(Routes(), Episode.Value.GetAwaiter().GetResult()).ToArbitrary(), fuzzed =>
        {
            var (status, before, after) = SendAsync(fuzzed).GetAwaiter().GetResult();
            return (status < 500).Label($"{fuzzed} answered {status}")
                .And((status is >= 200 and < 300 || after == before).Label($"{fuzzed} answered {status} yet recorded {after - before} events"));
        });

    /// <summary>One real episode, so that some requests reach a stream with a history.</summary>
    private Lazy<Task<Guid>> Episode { get; } = new(async () =>
    {
        var id = Guid.NewGuid();
        await new HospitalClient(server).AcceptedAsync($"/episodes/{id}/assessment-notice", Requests.AssessmentNotice("2016-01-12T10:15:00Z"));
        return id;
    });

    private (HttpMethod, string)[] Routes() =>
    [
        .. server.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (new HttpMethod(m), "/" + e.RoutePattern.RawText!.TrimStart('/')))),
    ];

    private async Task<(int Status, int Before, int After)> SendAsync(FuzzedRequest fuzzed)
    {
        var before = await server.AllEventCount();
        using var client = server.Host.Server.CreateClient();
        using var response = await client.SendAsync(fuzzed.ToRequest());
        return ((int)response.StatusCode, before, await server.AllEventCount());
    }
}
