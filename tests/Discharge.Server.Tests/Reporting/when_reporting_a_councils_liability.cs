using System.Text.Json;
using Discharge.Server.Tests.Support;
using static Discharge.Server.Tests.Reporting.ReportingScenario;

namespace Discharge.Server.Tests.Reporting;

/// <summary>The council liability ledger, read from the async projection, equals the rules engine episode by episode.</summary>
[Collection(ReportingTests.Name)]
public sealed class when_reporting_a_councils_liability(ReportingScenario scenario)
{
    [Theory]
    [InlineData(Derby)]
    [InlineData(Camden)]
    public async Task each_episodes_line_equals_its_live_liability_for_the_council(string council)
    {
        var report = await Liability(council, "2004-01-01", "2005-12-31");

        var expected = new Dictionary<Guid, Figures>();
        foreach (var episode in scenario.Episodes)
        {
            if (Figures.OfCouncil(await scenario.LiveLiability(episode), council) is { ChargeableDays: > 0 } share)
            {
                expected[episode] = share;
            }
        }

        Lines(report).Should().Equal(expected);
        Figures.Of(report.GetProperty("totals")).Should().Be(new Figures(
            expected.Values.Sum(f => f.ChargeableDays), expected.Values.Sum(f => f.Amount), expected.Values.Sum(f => f.PotentialDays), expected.Values.Sum(f => f.PotentialAmount)));
    }

    [Fact]
    public async Task the_worked_examples_come_to_their_known_amounts()
    {
        var derby = Lines(await Liability(Derby, "2004-01-01", "2005-12-31"));
        var camden = Lines(await Liability(Camden, "2004-01-01", "2005-12-31"));

        derby[scenario.Basic].Should().Be(new Figures(5, 500m, 0, 0m));
        derby[scenario.Transferred].Should().Be(new Figures(10, 1000m, 0, 0m));
        camden[scenario.Transferred].Should().Be(new Figures(4, 480m, 0, 0m));
    }

    [Fact]
    public async Task a_window_counts_only_its_own_days_by_nhs_body_and_month()
    {
        var days = await LiveDay.AllOf(scenario);
        var from = new NodaTime.LocalDate(2004, 12, 1);
        var to = new NodaTime.LocalDate(2005, 1, 5);
        var expected = days
            .Where(d => d.Council == Derby && d.Status == "chargeable" && d.Date >= from && d.Date <= to)
            .GroupBy(d => (d.NhsBody, d.Month))
            .ToDictionary(g => g.Key, g => (Days: g.Count(), Amount: g.Sum(d => d.Amount)));

        var report = await Liability(Derby, "2004-12-01", "2005-01-05");

        report.GetProperty("byNhsBodyAndMonth").EnumerateArray().ToDictionary(
                m => (m.GetProperty("nhsBody").GetString()!, m.GetProperty("month").GetString()!),
                m => (Figures.Of(m.GetProperty("figures")).ChargeableDays, Figures.Of(m.GetProperty("figures")).Amount))
            .Should().Equal(expected);
        expected.Keys.Should().Contain([("RTG", "2004-12"), ("RFS", "2004-12"), ("RFS", "2005-01")], "the window spans two months and two NHS bodies");
        var first = await Liability(Derby, "2004-01-16", "2004-01-17");
        Figures.Of(first.GetProperty("totals")).Should().Be(new Figures(2, 200m, 0, 0m));
    }

    [Fact]
    public async Task every_pound_is_explained_by_the_rule_that_charged_it()
    {
        var report = await Liability(Derby, "2004-01-01", "2005-12-31");

        var byRule = report.GetProperty("byRule").EnumerateArray().ToList();
        byRule.Sum(r => Figures.Of(r.GetProperty("figures")).Amount).Should().Be(Figures.Of(report.GetProperty("totals")).Amount);
        byRule.Should().Contain(r => r.GetProperty("rule").GetString() == "chargeable-2003");
    }

    [Fact]
    public async Task a_patient_still_in_hospital_costs_more_each_day_without_any_event()
    {
        var before = Lines(await Liability(Derby, "2004-01-01", "2005-12-31"))[scenario.StillInHospital];
        try
        {
            scenario.Server.Clock.AdvanceDays(3);

            var after = Lines(await Liability(Derby, "2004-01-01", "2005-12-31"))[scenario.StillInHospital];

            after.ChargeableDays.Should().Be(before.ChargeableDays + 3);
            after.Amount.Should().Be(before.Amount + 300m);
            after.Should().Be(Figures.OfCouncil(await scenario.LiveLiability(scenario.StillInHospital), Derby));
        }
        finally
        {
            scenario.Server.Clock.Reset(Today);
        }
    }

    [Fact]
    public async Task a_later_event_recomputes_the_ledger_from_the_whole_history()
    {
        const string Birmingham = "E08000025";
        var episode = await scenario.Open("RRK", Birmingham, "2004-06-01T09:00:00Z", "2004-06-02T09:00:00Z", "2004-06-07");
        await scenario.ProjectionsCaughtUp();
        var open = Lines(await Liability(Birmingham, "2004-01-01", "2005-12-31"))[episode];

        await scenario.Client.As("RRK").AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-06-14" });
        await scenario.ProjectionsCaughtUp();
        var discharged = Lines(await Liability(Birmingham, "2004-01-01", "2005-12-31"))[episode];

        open.ChargeableDays.Should().Be(217, "it ran from Tue 8 June 2004 to today, Mon 10 January 2005, while the patient stayed");
        discharged.ChargeableDays.Should().Be(7, "relevant day Mon 7 June, discharged Mon 14 June");
        discharged.Should().Be(Figures.OfCouncil(await scenario.LiveLiability(episode), Birmingham));
    }

    [Fact]
    public async Task a_transfer_to_a_council_at_the_same_rate_leaves_each_council_its_own_days()
    {
        // An NHS body, councils and months no other test of the scenario reports on.
        const string Nottingham = "E06000018";
        const string Leicester = "E06000016";
        var episode = await scenario.Open("RWD", Nottingham, "2004-06-22T10:00:00Z", "2004-06-22T11:00:00Z", "2004-06-23");
        await scenario.Client.As(Nottingham).AcceptedAsync($"/episodes/{episode}/responsibility-transfer", new { on = "2004-07-04", toCouncil = Leicester });
        await scenario.Client.As("RWD").AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-07-07" });
        await scenario.ProjectionsCaughtUp();

        // Both councils at the same daily rate: their days alike in all but the council, yet each council's own.
        var live = await scenario.LiveLiability(episode);
        foreach (var council in new[] { Nottingham, Leicester })
        {
            var line = Lines(await Liability(council, "2004-01-01", "2005-12-31"))[episode];
            line.ChargeableDays.Should().BePositive();
            line.Should().Be(Figures.OfCouncil(live, council));
        }
    }

    private Task<JsonElement> Liability(string council, string from, string to) =>
        scenario.Client.Auditor.GetJsonAsync($"/councils/{council}/liability?from={from}&to={to}");

    private static Dictionary<Guid, Figures> Lines(JsonElement report) =>
        report.GetProperty("episodes").EnumerateArray()
            .Where(e => Figures.Of(e.GetProperty("figures")).ChargeableDays > 0)
            .ToDictionary(e => e.GetProperty("episodeId").GetGuid(), e => Figures.Of(e.GetProperty("figures")));
}
