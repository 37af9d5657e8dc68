using System.Text.Json;
using Discharge.Server.Tests.Support;
using Marten.Events;
using NodaTime;
using static Discharge.Server.Tests.Reporting.ReportingScenario;

namespace Discharge.Server.Tests.Reporting;

/// <summary>Under the Care Act the NHS body chooses to require payment: the ledger keeps potential and chargeable days apart.</summary>
public sealed class when_reporting_care_act_liability(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task days_without_a_payment_requirement_are_potential_and_days_with_one_chargeable()
    {
        server.Clock.Reset(Instant.FromUtc(2016, 1, 11, 12, 0));
        var client = new HospitalClient(server);
        var unbilled = await Open(client, "RTG", Derby, "2015-11-02T09:00:00Z", "2015-11-03T09:00:00Z", "2015-11-05");
        await client.AcceptedAsync($"/episodes/{unbilled}/discharged", new { on = "2015-11-12" });
        var billed = await Open(client, "RFS", Derby, "2015-11-02T09:00:00Z", "2015-11-03T09:00:00Z", "2015-11-05");
        await client.As("RFS").AcceptedAsync($"/episodes/{billed}/discharged", new { on = "2015-11-12" });
        await client.As("RFS").AcceptedAsync($"/episodes/{billed}/payment-requirement", new { deliveredAt = "2015-11-20T09:00:00Z" });
        await server.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var report = await client.Auditor.GetJsonAsync($"/councils/{Derby}/liability?from=2015-04-01&to=2016-03-31");

        var lines = report.GetProperty("episodes").EnumerateArray().ToDictionary(e => e.GetProperty("episodeId").GetGuid(), e => Figures.Of(e.GetProperty("figures")));
        lines[unbilled].Should().Be(Figures.OfCouncil(await Live(client, unbilled), Derby)).And.Match<Figures>(f => f.PotentialDays > 0 && f.ChargeableDays == 0);
        lines[billed].Should().Be(Figures.OfCouncil(await Live(client, billed), Derby)).And.Match<Figures>(f => f.ChargeableDays > 0 && f.PotentialDays == 0);
        Figures.Of(report.GetProperty("totals")).Should().Be(new Figures(
            lines[billed].ChargeableDays, lines[billed].Amount, lines[unbilled].PotentialDays, lines[unbilled].PotentialAmount));
        report.GetProperty("byRule").EnumerateArray().Select(r => r.GetProperty("rule").GetString())
            .Should().Contain(["potential-2014", "chargeable-2014"]);
    }

    private static async Task<JsonElement> Live(HospitalClient client, Guid episode) =>
        (await client.Auditor.GetJsonAsync($"/episodes/{episode}")).GetProperty("liability");
}
