using System.Text.Json;
using Discharge.Domain.Statements;
using Discharge.Server.Audit.Reconciliation;
using Discharge.Server.Reporting;
using Discharge.Server.Tests.Statements;
using NodaTime;

namespace Discharge.Server.Tests.Audit.Reconciliation;

/// <summary>
/// The midnight census does not charge the discharge day: each episode billed under the default differs by one day and
/// £100, and the episode no line billed is charged its four census days.
/// </summary>
public sealed class when_reconciling_statements_under_another_rule_set(ReconciledStore store) : IClassFixture<ReconciledStore>
{
    private const string Derby = Billing.Council;
    private const string Rtg = "RTG";

    private static readonly BillingMonth January = new(2004, 1);
    private static readonly BillingMonth February = new(2004, 2);

    [Fact]
    public async Task each_episode_is_listed_with_what_was_billed_and_what_the_census_charges()
    {
        var report = await store.Server.ReconcileAgainstCensusAsync();

        report.Differences.Should().Equal(
            new[]
            {
                Difference(January, store.January, billed: (5, 500m), census: (4, 400m), changed: 1),
                Difference(January, store.Unbilled, billed: (0, 0m), census: (4, 400m), changed: 4),
                Difference(February, store.February, billed: (5, 500m), census: (4, 400m), changed: 1),
            }.OrderBy(d => (d.Month, d.EpisodeId)));
        (report.RuleSet, report.Window, report.AsOf).Should().Be(("census 2026.1", (DateWindow?)null, new LocalDate(2004, 3, 10)));
    }

    [Fact]
    public async Task the_totals_add_up_by_statement_council_nhs_body_month_and_overall()
    {
        var report = await store.Server.ReconcileAgainstCensusAsync();

        report.ByStatement.Should().Equal(
            new ReconciliationTotal(Derby, Rtg, January, new(5, 500m), new(8, 800m)),
            new ReconciliationTotal(Derby, Rtg, February, new(5, 500m), new(4, 400m)));
        report.ByCouncil.Should().Equal(new ReconciliationTotal(Derby, null, null, new(10, 1000m), new(12, 1200m)));
        report.ByNhsBody.Should().Equal(new ReconciliationTotal(null, Rtg, null, new(10, 1000m), new(12, 1200m)));
        report.ByMonth.Should().Equal(
            new ReconciliationTotal(null, null, January, new(5, 500m), new(8, 800m)),
            new ReconciliationTotal(null, null, February, new(5, 500m), new(4, 400m)));
        (report.Overall.Billed, report.Overall.Other, report.Overall.Difference).Should().Be((new DaysAndAmount(10, 1000m), new DaysAndAmount(12, 1200m), new DaysAndAmount(2, 200m)));
    }

    [Fact]
    public async Task a_window_leaves_out_the_statements_of_other_months()
    {
        var report = await store.Server.ReconcileAgainstCensusAsync(new DateWindow(new LocalDate(2004, 2, 1), new LocalDate(2004, 2, 29)));

        report.Differences.Should().ContainSingle().Which.EpisodeId.Should().Be(store.February);
        report.ByStatement.Should().ContainSingle().Which.Month.Should().Be(February);
        (report.Overall.Billed, report.Overall.Other).Should().Be((new DaysAndAmount(5, 500m), new DaysAndAmount(4, 400m)));
    }

    [Fact]
    public async Task the_csv_has_a_header_then_a_row_per_difference_and_per_total()
    {
        var report = await store.Server.ReconcileAgainstCensusAsync(new DateWindow(new LocalDate(2004, 2, 1), new LocalDate(2004, 2, 29)));
        using var csv = new StringWriter();

        report.WriteCsv(csv);

        csv.ToString().Should().StartWith(
            "kind,council,nhsBody,month,episodeId,billedDays,billedAmount,otherDays,otherAmount,differenceDays,differenceAmount,changedDays\r\n"
            + $"episode,{Derby},RTG,2004-02,{store.February},5,500.00,4,400.00,-1,-100.00,1\r\n"
            + $"statement-total,{Derby},RTG,2004-02,,5,500.00,4,400.00,-1,-100.00,\r\n");
        csv.ToString().Should().EndWith("total,,,,,5,500.00,4,400.00,-1,-100.00,\r\n");
    }

    [Fact]
    public async Task the_json_names_the_rule_set_and_each_side_of_each_difference()
    {
        var report = await store.Server.ReconcileAgainstCensusAsync(new DateWindow(new LocalDate(2004, 2, 1), new LocalDate(2004, 2, 29)));
        using var json = new StringWriter();

        report.WriteJson(json);

        var root = JsonDocument.Parse(json.ToString()).RootElement;
        root.GetProperty("ruleSet").GetString().Should().Be("census 2026.1");
        var difference = root.GetProperty("differences").EnumerateArray().Single();
        (difference.GetProperty("month").GetString(), difference.GetProperty("episodeId").GetGuid()).Should().Be(("2004-02", store.February));
        (difference.GetProperty("billed").GetProperty("amount").GetDecimal(), difference.GetProperty("difference").GetProperty("days").GetInt32()).Should().Be((500m, -1));
        root.GetProperty("overall").GetProperty("difference").GetProperty("amount").GetDecimal().Should().Be(-100m);
    }

    private static EpisodeDifference Difference(BillingMonth month, Guid episode, (int Days, decimal Amount) billed, (int Days, decimal Amount) census, int changed) =>
        new(Derby, Rtg, month, episode, new(billed.Days, billed.Amount), new(census.Days, census.Amount), changed);
}
