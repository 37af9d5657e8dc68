using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Discharge.Server.Identity;
using Discharge.Server.Tests.Support;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// Every route but the health check, the OpenAPI document and the API reference page needs a valid bearer token:
/// without one the answer is 401 with WWW-Authenticate and problem details, and nothing is recorded.
/// </summary>
public sealed class when_a_caller_has_no_valid_token(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task every_route_but_health_the_openapi_document_and_the_api_reference_answers_401_without_a_token()
    {
        var routes = server.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .ToList();
        routes.Select(r => r.Pattern).Should().Contain(AnonymousRoutes.Patterns).And.Contain("/census").And.Contain("/episodes/{episodeId}/assessment-notice");
        var before = await server.AllEventCount();
        using var client = server.Host.Server.CreateClient();

        foreach (var (method, pattern) in routes.Where(r => !AnonymousRoutes.Patterns.Contains(r.Pattern)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Address(pattern));
            if (method == "POST")
            {
                request.Content = new StringContent(JsonSerializer.Serialize(Requests.AssessmentNotice("2004-01-12T10:15:00Z")), Encoding.UTF8, "application/json");
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            }

            var response = await client.SendAsync(request);

            var problem = await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "/problems/unauthenticated");
            problem.GetProperty("detail").GetString().Should().Be("Send a token in the Authorization header: 'Authorization: Bearer TOKEN'.", $"{method} {pattern}");
            response.Headers.WwwAuthenticate.Should().Equal([new AuthenticationHeaderValue("Bearer")], $"{method} {pattern}");
        }

        (await server.AllEventCount()).Should().Be(before);
    }

    [Fact]
    public async Task the_health_check_the_openapi_document_and_the_api_reference_need_none()
    {
        using var client = server.Host.Server.CreateClient();

        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(AnonymousRoutes.ApiReferencePage)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public static TheoryData<string> RefusedTokens() => new(Refused.Keys);

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task a_refused_token_is_answered_401_and_nothing_is_recorded(string kind)
    {
        var episode = Guid.NewGuid();
        using var request = HospitalClient.Command($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Refused[kind]());
        using var client = server.Host.Server.CreateClient();

        var response = await client.SendAsync(request);

        var problem = await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "/problems/unauthenticated");
        problem.GetProperty("detail").GetString().Should().Be(kind == "expired"
            ? "The token has expired: get a new one."
            : "The token was refused: its signature, issuer, audience or form is not one this service accepts.");
        response.Headers.WwwAuthenticate.Should().Equal(new AuthenticationHeaderValue("Bearer", "error=\"invalid_token\""));
        (await server.EventCount(episode)).Should().Be(0);
    }

    [Fact]
    public async Task the_same_command_with_a_valid_token_is_accepted()
    {
        var episode = Guid.NewGuid();
        using var request = HospitalClient.Command($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Signed(Valid));
        using var client = server.Host.Server.CreateClient();

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await server.EventCount(episode)).Should().Be(1);
    }

    private static readonly LocalToken Valid = new(Requests.NhsBody, DischargeRoles.Hospital, TestTokens.User, Duration.FromHours(1));

    private static readonly Dictionary<string, Func<string>> Refused = new()
    {
        // Beyond the five minutes of clock skew allowed.
        ["expired"] = () => Signed(Valid, now: SystemClock.Instance.GetCurrentInstant() - Duration.FromHours(2)),
        ["wrong signing key"] = () => Signed(Valid, key: new SymmetricSecurityKey(Enumerable.Repeat((byte)7, 32).ToArray())),
        ["wrong audience"] = () => Signed(Valid, settings: TestTokens.Settings with { Audience = "another-service" }),
        ["wrong issuer"] = () => Signed(Valid, settings: TestTokens.Settings with { Issuer = "someone-else" }),
        ["alg none"] = () => $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{Part(Signed(Valid), 1)}.",
        // Another body's code in the payload, under the signature of the original.
        ["tampered payload"] = () =>
        {
            var token = Signed(Valid);
            var payload = Base64UrlEncoder.Decode(Part(token, 1)).Replace($"\"{Requests.NhsBody}\"", "\"RJF\"", StringComparison.Ordinal);
            return $"{Part(token, 0)}.{Base64UrlEncoder.Encode(payload)}.{Part(token, 2)}";
        },
        ["not a token"] = () => "not-a-token",
    };

    private static string Signed(LocalToken token, SecurityKey? key = null, IdentitySettings? settings = null, Instant? now = null) =>
        token.SignWith(key ?? LocalSigningKey.For(TestTokens.Settings), settings ?? TestTokens.Settings, now ?? SystemClock.Instance.GetCurrentInstant());

    private static string Part(string token, int index) => token.Split('.')[index];

    /// <summary>The route with a fresh GUID for each parameter: an episode id, or a code no party has.</summary>
    private static string Address(string pattern) => Regex.Replace(pattern, "{[^}]+}", _ => Guid.NewGuid().ToString());
}
