using System.Net;
using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Statements;

/// <summary>An NHS body bills a council once a month has ended, once; later facts show as pending adjustments at once.</summary>
public sealed class when_issuing_statements(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task two_requests_racing_to_bill_the_same_month_issue_one_statement()
    {
        var billing = new Billing(server, "RTG");
        billing.Today(2004, 2, 10);
        await billing.JanuaryEpisodeAsync();

        var answers = await Task.WhenAll(billing.IssueAsync("2004-01"), billing.IssueAsync("2004-01"));

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBeProblem(HttpStatusCode.Conflict, "/problems/statement-already-issued");
        (await billing.Hospital.GetJsonAsync($"/nhs-bodies/{billing.NhsBody}/statements")).GetProperty("statements").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task a_retry_with_the_same_key_gets_the_first_answer()
    {
        var billing = new Billing(server, "RFS");
        billing.Today(2004, 2, 10);
        await billing.JanuaryEpisodeAsync();

        var first = await billing.IssueAsync("2004-01", idempotencyKey: "jan-2004");
        var retry = await billing.IssueAsync("2004-01", idempotencyKey: "jan-2004");

        (first.StatusCode, retry.StatusCode).Should().Be((HttpStatusCode.Created, HttpStatusCode.Created));
        (await retry.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_month_that_has_not_ended_is_not_billed()
    {
        var billing = new Billing(server, "RWE");
        billing.Today(2004, 1, 31);
        await billing.JanuaryEpisodeAsync();

        var problem = await (await billing.IssueAsync("2004-01")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/month-not-ended");

        problem.GetProperty("detail").GetString().Should().Contain("2004-02-01");
    }

    [Theory]
    [InlineData("2004-13")]
    [InlineData("January")]
    [InlineData(200401)]
    public async Task a_malformed_month_is_refused_naming_the_field(object month)
    {
        var billing = new Billing(server, "RA7");

        var problem = await (await billing.Hospital.PostAsync($"/nhs-bodies/{billing.NhsBody}/statements", new { council = Billing.Council, month }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");

        problem.GetProperty("errors").GetProperty("month")[0].GetString().Should().Be("Expected a month as YYYY-MM (years 1900 to 2199).");
    }

    [Fact]
    public async Task a_fact_recorded_after_issue_shows_at_once_as_a_pending_adjustment()
    {
        var billing = new Billing(server, "RJ1");
        billing.Today(2004, 2, 10);
        var episode = await billing.JanuaryEpisodeAsync();
        var statement = (await billing.IssuedAsync("2004-01")).GetProperty("id").GetGuid();

        // Derby's services were in place from 18 Jan: it no longer caused the delay (rules.md E8).
        await billing.Derby.AcceptedAsync($"/episodes/{episode}/services-in-place", new { on = "2004-01-18" });

        var pending = (await billing.StatementAsync(statement)).GetProperty("pendingAdjustments").EnumerateArray().ToList();
        var live = await billing.Hospital.DaysAsync(episode);
        var noLongerCharged = live.Where(d => d.GetProperty("status").GetString() != "chargeable").Select(d => d.GetProperty("date").GetString()).ToList();
        noLongerCharged.Should().NotBeEmpty();
        pending.Should().ContainSingle();
        (pending[0].GetProperty("from").GetString(), pending[0].GetProperty("until").GetString(), pending[0].GetProperty("correctsLine").GetInt32())
            .Should().Be((noLongerCharged[0], "2004-01-20", 1));
        (pending[0].GetProperty("amount").GetDecimal(), pending[0].GetProperty("reason").GetString()).Should().Be((-100m * noLongerCharged.Count, "recalculated"));
    }

    [Fact]
    public async Task care_act_days_are_billed_only_once_payment_is_required()
    {
        var billing = new Billing(server, "RA9");
        billing.Today(2016, 1, 5);
        var episode = await Reporting.ReportingScenario.Open(billing.Hospital, "RA9", Billing.Council, "2015-11-02T09:00:00Z", "2015-11-03T09:00:00Z", "2015-11-05");
        await billing.Hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2015-11-12" });

        var november = await billing.IssuedAsync("2015-11");
        var notBilled = november.GetProperty("notBilled").EnumerateArray().Single();
        (november.GetProperty("lines").GetArrayLength(), november.GetProperty("total").GetDecimal()).Should().Be((0, 0m));
        (notBilled.GetProperty("episodeId").GetGuid(), notBilled.GetProperty("rule").GetString()).Should().Be((episode, "potential-2014"));

        await billing.Hospital.AcceptedAsync($"/episodes/{episode}/payment-requirement", new { deliveredAt = "2016-01-04T09:00:00Z" });
        var december = await billing.IssuedAsync("2015-12");

        var charged = december.GetProperty("adjustments").EnumerateArray().Single();
        (charged.GetProperty("correctsMonth").GetString(), charged.GetProperty("reason").GetString()).Should().Be(("2015-11", "recalculated"));
        charged.TryGetProperty("correctsLine", out var line).Should().BeTrue();
        line.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "November billed none of these days");
        (charged.GetProperty("from").GetString(), charged.GetProperty("days").GetInt32(), charged.GetProperty("amount").GetDecimal())
            .Should().Be((notBilled.GetProperty("from").GetString(), notBilled.GetProperty("days").GetInt32(), notBilled.GetProperty("amount").GetDecimal()));
        december.GetProperty("total").GetDecimal().Should().Be(notBilled.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task an_auditors_read_of_a_statement_or_a_dispute_is_logged_as_a_read_of_each_patient()
    {
        var billing = new Billing(server, "RAE");
        billing.Today(2004, 2, 10);
        var episode = await billing.JanuaryEpisodeAsync();
        var statement = (await billing.IssuedAsync("2004-01")).GetProperty("id").GetGuid();
        var dispute = (await billing.DisputeAsync(statement, episode)).GetProperty("id").GetGuid();
        await billing.StatementAsync(statement);

        await billing.Hospital.Auditor.GetJsonAsync($"/statements/{statement}");
        await billing.Hospital.Auditor.GetJsonAsync($"/disputes/{dispute}");

        var reads = await billing.Hospital.Auditor.GetJsonAsync("/audit/patient-data-reads?from=2004-02-10&to=2004-02-10");
        reads.EnumerateArray().Select(r => r.GetProperty("episodeId").GetGuid()).Should().Equal(episode, episode);
    }

    [Fact]
    public async Task the_statement_downloads_as_csv()
    {
        var billing = new Billing(server, "RA2");
        billing.Today(2004, 2, 10);
        var episode = await billing.JanuaryEpisodeAsync();
        var statement = (await billing.IssuedAsync("2004-01")).GetProperty("id").GetGuid();

        using var client = server.CreateClient("RA2");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/csv");
        using var response = await client.GetAsync($"/statements/{statement}");
        var csv = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var rows = csv.Split("\r\n");
        rows[0].Should().Be("statement,nhsBody,council,month,kind,line,episodeId,patientReference,relevantDay,from,until,days,dailyAmount,amount,rule,ruleSet,correctsStatement,correctsMonth,correctsLine,reason");
        rows[1].Should().StartWith($"{statement},RA2,{Billing.Council},2004-01,charge,1,{episode},").And.Contain(",2004-01-15,2004-01-16,2004-01-20,5,100.00,500.00,chargeable-2003,");
        rows[^1].Should().BeEmpty("every row ends with CRLF");
        (await client.GetStringAsync($"/statements/{statement}?format=csv")).Should().Be(csv);
    }
}
