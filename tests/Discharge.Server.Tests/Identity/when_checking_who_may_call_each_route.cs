using System.Net;
using Discharge.Server.Identity;
using Discharge.Server.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// Every route the server maps declares who may call it, and answers each role, for its own organisation or
/// another, as the table says: the routes come from the server's endpoint data source, so that a new route without
/// a declared policy or an entry in the table fails.
/// </summary>
public sealed class when_checking_who_may_call_each_route(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;


    private readonly HospitalClient hospital = new(server);

    /// <summary>A caller: a role, and whether its organisation is the one the request is about.</summary>
    private sealed record Cell(string Role, bool Own)
    {
        public string Organisation => (Role, Own) switch
        {
            (DischargeRoles.Hospital, true) => Requests.NhsBody,
            (DischargeRoles.Hospital, false) => CommandCase.OtherNhsBody,
            (DischargeRoles.Council, true) => Requests.Council,
            (DischargeRoles.Council, false) => CommandCase.OtherCouncil,
            _ => TestTokens.Auditor,
        };

        public override string ToString() => $"{Role} {(Own ? "own" : "other")} ({Organisation})";
    }

    private static readonly Cell[] Cells =
        [.. DischargeRoles.All.SelectMany(role => new[] { new Cell(role, true), new Cell(role, false) })];

    /// <summary>A read of one episode the NHS body opened: its parties see it, anyone else is told there is none.</summary>
    private static Read EpisodeRead(string path) => new(
        id => path.Replace("{episodeId}", id.ToString()),
        cell => cell.Role == DischargeRoles.Auditor || cell.Own ? Ok : NotFound);

    /// <summary>A report of the route's code: for that organisation in <paramref name="role"/>, and for auditors.</summary>
    private static Read Report(string url, string role) => new(
        _ => url,
        cell => cell.Role == DischargeRoles.Auditor || (cell.Role == role && cell.Own) ? Ok : Forbidden);

    /// <summary>Every route but the anonymous ones, with the request sent to it and the answer each caller gets.</summary>
    private static readonly Dictionary<string, Read> Reads = new()
    {
        ["GET /episodes/{episodeId}"] = EpisodeRead("/episodes/{episodeId}"),
        ["GET /episodes/{episodeId}/days"] = EpisodeRead("/episodes/{episodeId}/days"),
        ["GET /councils/{code}/liability"] = Report($"/councils/{Requests.Council}/liability?from=2016-01-01&to=2016-01-31", DischargeRoles.Council),
        ["GET /councils/{code}/delays"] = Report($"/councils/{Requests.Council}/delays?from=2016-01-01&to=2016-01-31", DischargeRoles.Council),
        ["GET /councils/{code}/notifications"] = Report($"/councils/{Requests.Council}/notifications", DischargeRoles.Council),
        ["GET /nhs-bodies/{code}/delays"] = Report($"/nhs-bodies/{Requests.NhsBody}/delays?from=2016-01-01&to=2016-01-31", DischargeRoles.Hospital),
        // A hospital's census is cut to its own patients; a council may ask only for its own.
        ["GET /census"] = new(_ => $"/census?on=2016-01-14&council={Requests.Council}", cell => cell is { Role: DischargeRoles.Council, Own: false } ? Forbidden : Ok),
        // The log of auditors' reads of patient data is for auditors only.
        ["GET /audit/patient-data-reads"] = new(_ => "/audit/patient-data-reads?from=2024-03-04&to=2024-03-04", cell => cell.Role == DischargeRoles.Auditor ? Ok : Forbidden),
    };

    private sealed record Read(Func<Guid, string> Url, Func<Cell, HttpStatusCode> Expected);

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

        var answers = await Task.WhenAll(routes.SelectMany(route => Cells.Select(cell => Answer(route, cell))));

        answers.Where(a => a is not null).Should().BeEmpty();
        routes.Should().HaveCount(Reads.Count + CommandCase.All.Count);
    }

    /// <summary>Null when the route answers the caller as expected; else what is wrong.</summary>
    private async Task<string?> Answer(string route, Cell cell)
    {
        HttpResponseMessage response;
        HttpStatusCode expected;
        if (Reads.TryGetValue(route, out var read))
        {
            var episode = await hospital.OpenEpisodeAsync("2016-01-12T10:15:00Z");
            using var client = server.CreateClient(cell.Organisation, cell.Role);
            response = await client.GetAsync(read.Url(episode));
            expected = read.Expected(cell);
        }
        else if (route.StartsWith("POST /episodes/{episodeId}/") && CommandCase.All.TryGetValue(route.Split('/')[^1], out var command))
        {
            var episode = await command.PrepareAsync(hospital);
            using var request = HospitalClient.Command($"/episodes/{episode}/{command.Path}", command.Body);
            request.Headers.Authorization = TestTokens.Bearer(cell.Organisation, cell.Role);
            using var client = server.Host.Server.CreateClient();
            response = await client.SendAsync(request);
            expected = cell.Organisation == command.Sender ? (command.Path == "assessment-notice" ? HttpStatusCode.Created : Ok) : Forbidden;
        }
        else
        {
            return $"{route}: no entry in the table";
        }

        using (response)
        {
            return response.StatusCode == expected
                ? null
                : $"{route} as {cell}: {(int)response.StatusCode}, expected {(int)expected}: {await response.Content.ReadAsStringAsync()}";
        }
    }
}
