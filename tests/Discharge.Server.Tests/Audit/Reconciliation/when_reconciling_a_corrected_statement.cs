using Discharge.Server.Audit.Reconciliation;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit.Reconciliation;

/// <summary>What was billed is counted net of the corrections later statements carried; a day conceded is owed nothing under either rule set.</summary>
public sealed class when_reconciling_a_corrected_statement(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task a_conceded_day_is_owed_nothing_and_a_credit_carried_later_counts_as_billed()
    {
        var billing = new Billing(server);
        billing.Today(2004, 2, 10);
        var episode = await billing.JanuaryEpisodeAsync();
        var january = (await billing.IssuedAsync("2004-01")).GetProperty("id").GetGuid();
        var dispute = (await billing.DisputeAsync(january, episode, days: "2004-01-19")).GetProperty("id").GetGuid();
        await billing.AnswerAsync(dispute, "accept");
        var beforeTheCredit = (await server.ReconcileAgainstCensusAsync()).Differences.Should().ContainSingle().Subject;
        billing.Today(2004, 3, 10);
        await billing.IssuedAsync("2004-02");

        var afterTheCredit = (await server.ReconcileAgainstCensusAsync()).Differences.Should().ContainSingle().Subject;

        // Under the census 16–18 Jan: the 19th is conceded, the 20th is the discharge day.
        (beforeTheCredit.Billed, beforeTheCredit.Other, beforeTheCredit.ChangedDays).Should().Be((new DaysAndAmount(5, 500m), new DaysAndAmount(3, 300m), 2));
        (afterTheCredit.Billed, afterTheCredit.Other, afterTheCredit.ChangedDays).Should().Be((new DaysAndAmount(4, 400m), new DaysAndAmount(3, 300m), 1));
    }
}
