using Discharge.Server.Identity;
using Discharge.Server.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// Every route the server maps declares who may call it, and answers each role, for its own organisation or
/// another, as <see cref="RouteTable"/> says: the routes come from the server's endpoint data source, so that a new
/// route without a declared policy or an entry in the table fails.
/// </summary>
public sealed class when_checking_who_may_call_each_route(DischargeServer server) : IClassFixture<DischargeServer>
{
    private IEnumerable<RouteEndpoint> Endpoints => server.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Key(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} /{endpoint.RoutePattern.RawText!.TrimStart('/')}";

    private static bool Anonymous(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    [Fact]
    public void every_route_declares_a_policy_or_allows_anonymous_callers()
    {
        var undeclared = Endpoints
            .Where(e => !Anonymous(e) && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => AccessPolicies.All.Contains(a.Policy)))
            .Select(Key);

        undeclared.Should().BeEmpty("every endpoint names one of AccessPolicies.All with [Authorize(Policy = ...)]");
        Endpoints.Where(Anonymous).Select(e => e.RoutePattern.RawText).Should().BeEquivalentTo(AnonymousRoutes.Patterns);
    }

    [Fact]
    public async Task every_route_answers_each_role_as_the_table_says()
    {
        var routes = Endpoints.Where(e => !Anonymous(e)).Select(Key).ToList();
        var subjects = new Subjects(server);

        var answers = await Task.WhenAll(routes.SelectMany(route => AccessCell.All.Select(cell => Answer(route, cell, subjects))));

        answers.Where(a => a is not null).Should().BeEmpty();
        routes.Should().HaveCount(RouteTable.All.Count, "every route has an entry, so an entry more is one whose route is gone");
    }

    /// <summary>Null when the route answers the caller as expected; else what is wrong.</summary>
    private async Task<string?> Answer(string route, AccessCell cell, Subjects subjects)
    {
        if (!RouteTable.All.TryGetValue(route, out var entry))
        {
            return $"{route}: no entry in the table";
        }

        using var request = await entry.RequestAsync(subjects, cell);
        using var client = server.Host.Server.CreateClient();
        using var response = await client.SendAsync(request);
        var expected = entry.Expected(cell);
        return response.StatusCode == expected
            ? null
            : $"{route} as {cell}: {(int)response.StatusCode}, expected {(int)expected}: {await response.Content.ReadAsStringAsync()}";
    }
}
