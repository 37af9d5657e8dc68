using Discharge.Server.Audit.Reconciliation;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit.Reconciliation;

/// <summary>What was billed is counted net of the corrections later statements carried; a day conceded is owed nothing under either rule set.</summary>
public sealed class when_reconciling_a_corrected_statement(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task a_discharge_day_conceded_and_credited_leaves_nothing_to_reconcile_under_the_census()
    {
        var billing = new Billing(server);
        billing.Today(2004, 2, 10);
        var episode = await billing.JanuaryEpisodeAsync();
        var january = (await billing.IssuedAsync("2004-01")).GetProperty("id").GetGuid();
        var dispute = (await billing.DisputeAsync(january, episode, days: "2004-01-20")).GetProperty("id").GetGuid();
        await billing.AnswerAsync(dispute, "accept");
        var beforeTheCredit = await server.ReconcileAgainstCensusAsync();
        billing.Today(2004, 3, 10);
        await billing.IssuedAsync("2004-02");

        var afterTheCredit = await server.ReconcileAgainstCensusAsync();

        beforeTheCredit.Differences.Should().ContainSingle().Which.Billed.Should().Be(new DaysAndAmount(5, 500m), "the credit is only pending");
        afterTheCredit.Differences.Should().BeEmpty();
        afterTheCredit.ByStatement.Should().ContainSingle().Which.Should().Be(
            new ReconciliationTotal(Billing.Council, billing.NhsBody, new(2004, 1), new(4, 400m), new(4, 400m)));
    }
}
