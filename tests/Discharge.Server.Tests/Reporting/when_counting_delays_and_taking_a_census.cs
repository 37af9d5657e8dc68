using System.Text.Json;
using Discharge.Server.Tests.Support;
using NodaTime;
using static Discharge.Server.Tests.Reporting.ReportingScenario;

namespace Discharge.Server.Tests.Reporting;

/// <summary>Delay counts and the census, read from the async projection, list exactly the days the rules engine lists.</summary>
[Collection(ReportingTests.Name)]
public sealed class when_counting_delays_and_taking_a_census(ReportingScenario scenario)
{
    [Theory]
    [InlineData("/nhs-bodies/RFS/delays", null, "RFS")]
    [InlineData("/councils/E06000015/delays", Derby, null)]
    [InlineData("/councils/E09000007/delays", Camden, null)]
    public async Task delayed_days_equal_the_engines_days_by_status_reason_month_and_day(string url, string? council, string? nhsBody)
    {
        var expected = (await LiveDay.AllOf(scenario))
            .Where(d => (council is null || d.Council == council) && (nhsBody is null || d.NhsBody == nhsBody))
            .ToList();

        var report = await scenario.Client.Auditor.GetJsonAsync($"{url}?from=2004-01-01&to=2005-12-31");

        report.GetProperty("delayedDays").GetInt32().Should().Be(expected.Count);
        Counts(report, "byStatus", s => s.GetProperty("status").GetString()!)
            .Should().Equal(expected.GroupBy(d => d.Status).ToDictionary(g => g.Key, g => g.Count()));
        Counts(report, "byReason", r => (r.GetProperty("rule").GetString()!, r.GetProperty("status").GetString()!))
            .Should().Equal(expected.GroupBy(d => (d.Rule, d.Status)).ToDictionary(g => g.Key, g => g.Count()));
        Counts(report, "byCouncilNhsBodyAndMonth", m => (m.GetProperty("council").GetString()!, m.GetProperty("nhsBody").GetString()!, m.GetProperty("month").GetString()!))
            .Should().Equal(expected.GroupBy(d => (d.Council, d.NhsBody, d.Month)).ToDictionary(g => g.Key, g => g.Count()));
        report.GetProperty("daily").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("patients").GetInt32())
            .Should().Equal(expected.GroupBy(d => d.Date.ToString("uuuu-MM-dd", null)).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public async Task days_the_nhs_also_held_up_are_counted_apart()
    {
        var report = await scenario.Client.Auditor.GetJsonAsync("/nhs-bodies/RFS/delays?from=2004-01-01&to=2005-12-31");

        // 8-10 Nov 2004 for one patient, 3-4 Jan 2005 for the other.
        Counts(report, "byStatus", s => s.GetProperty("status").GetString()!)["blocked-by-nhs"].Should().Be(5);
        Counts(report, "byReason", r => r.GetProperty("rule").GetString()!)["nhs-service-awaited"].Should().Be(5);
    }

    [Fact]
    public async Task the_census_lists_the_patients_delayed_on_the_day()
    {
        var days = await LiveDay.AllOf(scenario);
        var census = await scenario.Client.Auditor.GetJsonAsync("/census?on=2004-12-20");
        var camden = await scenario.Client.Auditor.GetJsonAsync($"/census?on=2004-12-20&council={Camden}");
        var today = await scenario.Client.Auditor.GetJsonAsync("/census");

        Delayed(census).Should().BeEquivalentTo(days.Where(d => d.Date == new LocalDate(2004, 12, 20)).Select(d => d.Episode));
        Delayed(census).Should().BeEquivalentTo([scenario.StillInHospital, scenario.CamdenOnly]);
        Delayed(camden).Should().Equal(scenario.CamdenOnly);
        today.GetProperty("on").GetString().Should().Be("2005-01-10");
        Delayed(today).Should().Equal(scenario.StillInHospital);
        today.GetProperty("delayed")[0].GetProperty("nhsBody").GetString().Should().Be("RFS");
    }

    [Theory]
    [InlineData("/councils/E06000015/liability")]
    [InlineData("/councils/E06000015/liability?from=2004-13-01&to=2004-12-31")]
    [InlineData("/councils/E06000015/liability?from=2005-01-02&to=2005-01-01")]
    [InlineData("/councils/E06000015/delays?from=yesterday&to=2005-01-01")]
    [InlineData("/census?on=2005-02-30")]
    [InlineData("/census?on=2005-01-11")]
    public async Task bad_query_input_is_a_validation_problem(string url)
    {
        using var client = scenario.Server.CreateAuditorClient();
        var response = await client.GetAsync(url);

        ((int)response.StatusCode).Should().Be(400, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await HospitalClient.BodyOf(response)).GetProperty("type").GetString().Should().Be("/problems/validation");
    }

    private static Dictionary<TKey, int> Counts<TKey>(JsonElement report, string property, Func<JsonElement, TKey> key) where TKey : notnull =>
        report.GetProperty(property).EnumerateArray().ToDictionary(key, e => e.GetProperty(e.TryGetProperty("days", out _) ? "days" : "patients").GetInt32());

    private static IEnumerable<Guid> Delayed(JsonElement census) =>
        census.GetProperty("delayed").EnumerateArray().Select(p => p.GetProperty("episodeId").GetGuid());
}
