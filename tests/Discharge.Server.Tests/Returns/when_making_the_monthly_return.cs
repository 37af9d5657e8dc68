using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Discharge.Server.Tests.Reporting;
using Discharge.Server.Tests.Support;
using static Discharge.Server.Tests.Reporting.ReportingScenario;

namespace Discharge.Server.Tests.Returns;

/// <summary>The monthly return, over HTTP, adds up the engine's days of the month and counts the patients delayed at its census.</summary>
[Collection(ReportingTests.Name)]
public sealed class when_making_the_monthly_return(ReportingScenario scenario)
{
    /// <summary>The statuses of a delayed transfer the return attributes (docs/reports.md#reasons).</summary>
    private static readonly string[] Counted =
        ["chargeable", "potential", "shadow", "regime-in-doubt", "awaiting-care-act-notices", "blocked-by-nhs", "patient-choice", "services-in-place"];

    [Theory]
    [InlineData("2004-01")]
    [InlineData("2004-11")]
    [InlineData("2004-12")]
    public async Task its_rows_add_up_to_the_engines_delayed_days_of_the_month(string month)
    {
        var expected = (await LiveDay.AllOf(scenario)).Where(d => d.Month == month && Counted.Contains(d.Status)).ToList();

        var sitRep = await scenario.Client.Auditor.GetJsonAsync($"/returns/sitrep?month={month}");

        sitRep.GetProperty("delayedDays").GetInt32().Should().Be(expected.Count).And.BePositive();
        Rows(sitRep).GroupBy(r => (r.NhsBody, r.Council)).ToDictionary(g => g.Key, g => g.Sum(r => r.DelayedDays))
            .Should().Equal(expected.GroupBy(d => (d.NhsBody, d.Council)).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public async Task the_patients_delayed_on_the_months_last_thursday_are_its_census()
    {
        var december = await scenario.Client.Auditor.GetJsonAsync("/returns/sitrep?month=2004-12");
        var november = await scenario.Client.Auditor.GetJsonAsync("/returns/sitrep?month=2004-11");

        december.GetProperty("censusOn").GetString().Should().Be("2004-12-30");
        december.GetProperty("patientsAtCensus").GetInt32().Should().Be(3);
        Rows(december).Where(r => r.Patients > 0).Select(r => (r.NhsBody, r.Council, r.Reason, r.Patients))
            .Should().BeEquivalentTo([("RFS", Derby, "A", 1), ("RTG", Derby, "A", 1), ("RWE", Camden, "A", 1)]);
        november.GetProperty("censusOn").GetString().Should().Be("2004-11-25");
        november.GetProperty("patientsAtCensus").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task days_an_nhs_service_was_also_awaited_are_reason_c_for_both()
    {
        var november = await scenario.Client.Auditor.GetJsonAsync("/returns/sitrep?month=2004-11");

        Rows(november).Should().ContainSingle(r => r.Reason == "C")
            .Which.Should().Be(new Row("RFS", Derby, "C", "both", 3, 0));
    }

    [Fact]
    public async Task a_council_reads_its_own_rows_and_a_hospital_its_nhs_bodys()
    {
        var camden = await scenario.Client.As(Camden).GetJsonAsync("/returns/sitrep?month=2004-12");
        var rfs = await scenario.Client.As("RFS").GetJsonAsync("/returns/sitrep?month=2004-12");

        Rows(camden).Select(r => r.Council).Should().OnlyContain(c => c == Camden).And.NotBeEmpty();
        Rows(rfs).Select(r => r.NhsBody).Should().OnlyContain(b => b == "RFS").And.NotBeEmpty();
    }

    [Fact]
    public async Task asked_for_csv_it_answers_rfc_4180_with_a_header_and_the_same_totals()
    {
        var json = await scenario.Client.Auditor.GetJsonAsync("/returns/sitrep?month=2004-12");
        using var client = scenario.Server.CreateAuditorClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/returns/sitrep?month=2004-12");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await client.SendAsync(request);
        var csv = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, csv);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var records = csv.Split("\r\n");
        records[0].Should().Be("month,censusOn,nhsBody,council,reason,responsible,delayedDays,patientsAtCensus");
        records[^1].Should().BeEmpty("every record ends with CRLF");
        var rows = records[1..^1].Select(r => r.Split(',')).ToList();
        rows.Should().HaveCount(Rows(json).Count).And.OnlyContain(r => r[0] == "2004-12" && r[1] == "2004-12-30");
        rows.Sum(r => int.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(json.GetProperty("delayedDays").GetInt32());
        rows.Sum(r => int.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(3);
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest, "validation")]
    [InlineData("?month=2004-13", HttpStatusCode.BadRequest, "validation")]
    [InlineData("?month=December", HttpStatusCode.BadRequest, "validation")]
    [InlineData("?month=2005-01", HttpStatusCode.UnprocessableEntity, "month-not-ended")]
    public async Task a_bad_or_unfinished_month_is_a_problem(string query, HttpStatusCode status, string type)
    {
        using var client = scenario.Server.CreateAuditorClient();

        var problem = await (await client.GetAsync($"/returns/sitrep{query}")).ShouldBeProblem(status, $"/problems/{type}");

        if (status == HttpStatusCode.BadRequest)
        {
            problem.GetProperty("errors").TryGetProperty("month", out _).Should().BeTrue(problem.ToString());
        }
    }

    private sealed record Row(string NhsBody, string Council, string Reason, string Responsible, int DelayedDays, int Patients);

    private static List<Row> Rows(JsonElement sitRep) =>
    [
        .. sitRep.GetProperty("rows").EnumerateArray().Select(r => new Row(
            r.GetProperty("nhsBody").GetString()!,
            r.GetProperty("council").GetString()!,
            r.GetProperty("reason").GetString()!,
            r.GetProperty("responsible").GetString()!,
            r.GetProperty("delayedDays").GetInt32(),
            r.GetProperty("patientsAtCensus").GetInt32())),
    ];
}
