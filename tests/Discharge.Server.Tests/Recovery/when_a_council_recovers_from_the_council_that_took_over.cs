using System.Net;
using Discharge.Server.Tests.Reporting;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Recovery;

/// <summary>
/// rules.md E10: responsibility passed from Derby to Camden on 4 Jan 2005. Derby was billed for the days before; it
/// claims them from Camden, which accepts part (2003 Regs reg 18(4); A7).
/// </summary>
public sealed class when_a_council_recovers_from_the_council_that_took_over(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task the_claim_is_what_derby_was_billed_before_the_switch_and_camden_answers_it()
    {
        var billing = new Billing(server, "RTG");
        var camden = billing.Hospital.As(ReportingScenario.Camden);
        billing.Today(2005, 2, 10);
        var episode = await ReportingScenario.Open(billing.Hospital, "RTG", Billing.Council, "2004-12-22T10:00:00Z", "2004-12-22T11:00:00Z", "2004-12-23");
        await billing.Derby.AcceptedAsync($"/episodes/{episode}/responsibility-transfer", new { on = "2005-01-04", toCouncil = ReportingScenario.Camden });
        await billing.Hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2005-01-07" });
        var december = await billing.IssuedAsync("2004-12");
        var january = await billing.IssuedAsync("2005-01");

        await (await camden.PostAsync("/recovery-claims", new { episodeId = episode })).ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/not-a-party");
        var claim = await billing.Derby.AcceptedAsync("/recovery-claims", new { episodeId = episode, detail = "Ordinarily resident in Camden." });

        var days = claim.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        days.Should().NotBeEmpty().And.OnlyContain(d => string.CompareOrdinal(d, "2005-01-04") < 0);
        claim.GetProperty("claimedAmount").GetDecimal().Should().Be(december.GetProperty("total").GetDecimal() + january.GetProperty("total").GetDecimal());
        (claim.GetProperty("claimant").GetString(), claim.GetProperty("respondent").GetString()).Should().Be((Billing.Council, ReportingScenario.Camden));
        await (await billing.Derby.PostAsync("/recovery-claims", new { episodeId = episode })).ShouldBeProblem(HttpStatusCode.Conflict, "/problems/already-claimed");

        var claimId = claim.GetProperty("id").GetGuid();
        await (await billing.Derby.PostAsync($"/recovery-claims/{claimId}/answer", new { outcome = "accept" })).ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/not-a-party");
        var answered = await camden.AcceptedAsync($"/recovery-claims/{claimId}/answer", new { outcome = "accept-part", reason = "Resident from 1 Jan.", days = days.Where(d => d!.StartsWith("2005")).ToArray() });

        answered.GetProperty("acceptedAmount").GetDecimal().Should().Be(january.GetProperty("total").GetDecimal());
        var lists = await camden.GetJsonAsync($"/councils/{ReportingScenario.Camden}/recovery-claims");
        lists.GetProperty("received").EnumerateArray().Single().GetProperty("id").GetGuid().Should().Be(claimId);
    }
}
