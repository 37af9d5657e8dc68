using System.Net;
using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Statements;

/// <summary>
/// The whole loop through the real pipeline: notices, a statement, a dispute accepted in part, the credit as an
/// adjustment on the next statement, payments, and a zero balance.
/// </summary>
public sealed class when_a_council_is_billed_disputes_and_pays(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly Billing billing = new(server);

    [Fact]
    public async Task the_account_is_settled_after_a_partly_accepted_dispute()
    {
        billing.Today(2004, 2, 10);
        var january = await billing.JanuaryEpisodeAsync();
        var february = await billing.FebruaryEpisodeAsync();

        var janStatement = await billing.IssuedAsync("2004-01");
        var janId = janStatement.GetProperty("id").GetGuid();
        janStatement.GetProperty("total").GetDecimal().Should().Be(500m);
        var line = janStatement.GetProperty("lines").EnumerateArray().Single();
        (line.GetProperty("episodeId").GetGuid(), line.GetProperty("from").GetString(), line.GetProperty("until").GetString(), line.GetProperty("days").GetInt32())
            .Should().Be((january, "2004-01-16", "2004-01-20", 5));
        (line.GetProperty("rate").GetDecimal(), line.GetProperty("relevantDay").GetString(), line.GetProperty("rule").GetString())
            .Should().Be((100m, "2004-01-15", "chargeable-2003"));

        var dispute = await billing.DisputeAsync(janId, january, days: ["2004-01-19", "2004-01-20"]);
        var disputeId = dispute.GetProperty("id").GetGuid();
        dispute.GetProperty("state").GetString().Should().Be("awaiting-answer");
        dispute.GetProperty("disputedAmount").GetDecimal().Should().Be(200m);

        var answered = await billing.AnswerAsync(disputeId, "accept-part", "2004-01-20");
        answered.GetProperty("state").GetString().Should().Be("partly-accepted");
        answered.GetProperty("concededAmount").GetDecimal().Should().Be(100m);

        // A disputed charge stays payable (rules.md §5.1): Derby pays January in full.
        (await billing.PayAsync(janId, 500m, "2004-02-10")).GetProperty("outstanding").GetDecimal().Should().Be(0m);
        var pending = (await billing.StatementAsync(janId)).GetProperty("pendingAdjustments").EnumerateArray().Single();
        (pending.GetProperty("from").GetString(), pending.GetProperty("amount").GetDecimal(), pending.GetProperty("reason").GetString())
            .Should().Be(("2004-01-20", -100m, "dispute-accepted"));

        billing.Today(2004, 3, 2);
        var febStatement = await billing.IssuedAsync("2004-02");
        var febId = febStatement.GetProperty("id").GetGuid();
        febStatement.GetProperty("lines").EnumerateArray().Single().GetProperty("episodeId").GetGuid().Should().Be(february);
        var credit = febStatement.GetProperty("adjustments").EnumerateArray().Single();
        (credit.GetProperty("correctsStatement").GetGuid(), credit.GetProperty("correctsLine").GetInt32(), credit.GetProperty("dispute").GetGuid())
            .Should().Be((janId, 1, disputeId));
        (credit.GetProperty("episodeId").GetGuid(), credit.GetProperty("from").GetString(), credit.GetProperty("amount").GetDecimal())
            .Should().Be((january, "2004-01-20", -100m));
        febStatement.GetProperty("total").GetDecimal().Should().Be(400m);
        (await billing.StatementAsync(janId)).GetProperty("pendingAdjustments").GetArrayLength().Should().Be(0, "the credit is carried once");

        await billing.PayAsync(febId, 400m, "2004-03-02");
        var accounts = await billing.Derby.GetJsonAsync($"/councils/{Billing.Council}/accounts");
        var account = accounts.GetProperty("accounts").EnumerateArray().Single();
        (account.GetProperty("issued").GetDecimal(), account.GetProperty("adjusted").GetDecimal(), account.GetProperty("paid").GetDecimal(), account.GetProperty("outstanding").GetDecimal())
            .Should().Be((1000m, -100m, 900m, 0m));

        var earlier = await billing.Hospital.GetJsonAsync($"/nhs-bodies/{billing.NhsBody}/accounts?asOf=2004-02-29");
        var before = earlier.GetProperty("accounts").EnumerateArray().Single();
        (before.GetProperty("issued").GetDecimal(), before.GetProperty("paid").GetDecimal(), before.GetProperty("outstanding").GetDecimal())
            .Should().Be((500m, 500m, 0m), "February's statement and payment came later");
    }

    [Fact]
    public async Task paying_more_than_is_outstanding_is_refused_and_records_nothing()
    {
        var billing = new Billing(server, "RFS");
        billing.Today(2004, 2, 10);
        await billing.JanuaryEpisodeAsync();
        var statement = (await billing.IssuedAsync("2004-01")).GetProperty("id").GetGuid();

        var problem = await (await billing.Derby.PostAsync($"/statements/{statement}/payments", new { amount = 500.01m, paidOn = "2004-02-10" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/payment-exceeds-outstanding");

        problem.GetProperty("detail").GetString().Should().Contain("£500.01").And.Contain("£500.00");
        (await billing.StatementAsync(statement)).GetProperty("paid").GetDecimal().Should().Be(0m);
    }
}
