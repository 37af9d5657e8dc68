using System.Net;
using System.Text.Json;
using Discharge.Server.Tests.Support;
using Marten.Events;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Tests.Audit;

/// <summary>
/// <c>knownAt</c> answers from the events the service had received by an instant: before a late fact (a discharge
/// recorded later, dated earlier) an episode and a council's report read as they did then, after it as they do now.
/// Every test moves the shared clock forward only, so that each instant it captures is later than anything recorded before.
/// </summary>
public sealed class when_reading_as_the_service_knew_it(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const string Window = "from=2004-01-01&to=2024-12-31";
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task an_episode_before_a_late_fact_reads_as_it_did_then()
    {
        var episode = await OpenWithDischargeNotice();
        var then = Tick();
        var episodeThen = await Read($"/episodes/{episode}");
        // January only: one page, whose answer holds no link to a next one (a link keeps the knownAt it was read with).
        var daysThen = await Read($"/episodes/{episode}/days?from=2004-01-01&to=2004-01-31");

        Tick();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-20" });
        var now = Tick();

        var episodeNow = await Read($"/episodes/{episode}");
        episodeNow.Should().NotBe(episodeThen, "the late discharge ends the delay on 20 Jan 2004");
        (await Read(KnownAt($"/episodes/{episode}", then))).Should().Be(episodeThen);
        (await Read(KnownAt($"/episodes/{episode}/days?from=2004-01-01&to=2004-01-31", then))).Should().Be(daysThen);
        (await Read(KnownAt($"/episodes/{episode}", now))).Should().Be(episodeNow);
    }

    [Fact]
    public async Task an_episode_not_yet_recorded_at_the_instant_is_not_found()
    {
        var before = Tick();
        Tick();
        var episode = await OpenWithDischargeNotice();
        using var auditor = server.CreateAuditorClient();

        await (await auditor.GetAsync(KnownAt($"/episodes/{episode}", before))).ShouldBeProblem(HttpStatusCode.NotFound, "/problems/episode-not-found");
    }

    [Fact]
    public async Task a_councils_reports_before_a_late_fact_read_as_they_did_then()
    {
        var episode = await OpenWithDischargeNotice();
        await ProjectionsCaughtUp();
        var then = Tick();
        var liabilityThen = await Read($"/councils/{Requests.Council}/liability?{Window}");
        var delaysThen = await Read($"/councils/{Requests.Council}/delays?{Window}");
        var nhsDelaysThen = await Read($"/nhs-bodies/{Requests.NhsBody}/delays?{Window}");

        Tick();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-20" });
        await ProjectionsCaughtUp();
        Tick();

        (await Read($"/councils/{Requests.Council}/liability?{Window}")).Should().NotBe(liabilityThen, "the late discharge ends the delay");
        (await Read(KnownAt($"/councils/{Requests.Council}/liability?{Window}", then))).Should().Be(liabilityThen);
        (await Read(KnownAt($"/councils/{Requests.Council}/delays?{Window}", then))).Should().Be(delaysThen);
        (await Read(KnownAt($"/nhs-bodies/{Requests.NhsBody}/delays?{Window}", then))).Should().Be(nhsDelaysThen);
    }

    [Theory]
    [InlineData("yesterday", "Expected an ISO-8601 instant")]
    [InlineData("2004-01-12", "Expected an ISO-8601 instant")]
    [InlineData("2999-01-01T00:00:00Z", "Expected an ISO-8601 instant")]
    [InlineData("2024-12-31T00:00:00Z", "Cannot be in the future")]
    public async Task a_bad_or_future_instant_is_a_validation_problem_naming_the_field(string knownAt, string message)
    {
        var episode = await hospital.OpenEpisodeAsync();
        using var auditor = server.CreateAuditorClient();

        foreach (var route in new[] { $"/episodes/{episode}", $"/episodes/{episode}/days", $"/councils/{Requests.Council}/liability?{Window}", $"/councils/{Requests.Council}/delays?{Window}", $"/nhs-bodies/{Requests.NhsBody}/delays?{Window}" })
        {
            var problem = await (await auditor.GetAsync(QueryHelpers.AddQueryString(route, "knownAt", knownAt)))
                .ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
            problem.GetProperty("errors").GetProperty("knownAt")[0].GetString().Should().StartWith(message, route);
        }
    }

    private async Task<Guid> OpenWithDischargeNotice()
    {
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));
        return episode;
    }

    /// <summary>Moves the clock a minute on (within the test's London day, so that open delays do not grow) and returns the new instant.</summary>
    private Instant Tick()
    {
        server.Clock.Advance(Duration.FromMinutes(1));
        return server.Clock.GetCurrentInstant();
    }

    private async Task<string> Read(string url) => (await hospital.Auditor.GetJsonAsync(url)).GetRawText();

    private Task ProjectionsCaughtUp() => server.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

    private static string KnownAt(string url, Instant instant) =>
        QueryHelpers.AddQueryString(url, "knownAt", InstantPattern.ExtendedIso.Format(instant));
}
