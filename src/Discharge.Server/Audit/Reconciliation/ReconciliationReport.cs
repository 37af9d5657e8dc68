using System.Text.Encodings.Web;
using System.Text.Json;
using Discharge.Domain.Statements;
using Discharge.Server.Hosting;
using Discharge.Server.Reporting;
using NodaTime;

namespace Discharge.Server.Audit.Reconciliation;

/// <summary>
/// Issued statements recomputed under another rule set: the episodes whose days it decides differently, and totals per
/// statement (council, NHS body and month), per council, per NHS body, per month and overall.
/// </summary>
/// <param name="RuleSet">The other rule set, "name version".</param>
/// <param name="Window">The days whose months were reconciled; null for every issued statement.</param>
/// <param name="AsOf">The day the other rule set computed the episodes as of, as billing computes adjustments.</param>
public sealed record ReconciliationReport(
    string RuleSet,
    DateWindow? Window,
    LocalDate AsOf,
    IReadOnlyList<EpisodeDifference> Differences,
    IReadOnlyList<ReconciliationTotal> ByStatement,
    IReadOnlyList<ReconciliationTotal> ByCouncil,
    IReadOnlyList<ReconciliationTotal> ByNhsBody,
    IReadOnlyList<ReconciliationTotal> ByMonth,
    ReconciliationTotal Overall)
{
    // The API's shape (web defaults, camelCase, NodaTime ISO); relaxed escaping keeps "£" and "§" readable in a file.
    private static readonly JsonSerializerOptions Json = DischargeJson.Configure(
        new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The report from every episode compared, those the other rule set decides alike included (for the totals).</summary>
    public static ReconciliationReport From(string ruleSet, DateWindow? window, LocalDate asOf, IReadOnlyList<EpisodeDifference> compared)
    {
        List<ReconciliationTotal> By<TKey>(Func<EpisodeDifference, TKey> key, Func<TKey, ReconciliationTotal> total) =>
            [.. compared.GroupBy(key).OrderBy(g => g.Key).Select(g => Sum(g, total(g.Key)))];

        return new ReconciliationReport(
            ruleSet,
            window,
            asOf,
            [.. compared.Where(e => e.ChangedDays > 0).OrderBy(e => (e.Council, e.NhsBody, e.Month, e.EpisodeId))],
            By(e => (e.Council, e.NhsBody, e.Month), k => Empty(k.Council, k.NhsBody, k.Month)),
            By(e => e.Council, council => Empty(council, null, null)),
            By(e => e.NhsBody, nhsBody => Empty(null, nhsBody, null)),
            By(e => e.Month, month => Empty(null, null, month)),
            Sum(compared, Empty(null, null, null)));
    }

    public void WriteCsv(TextWriter output) => ReconciliationCsv.Write(this, output);

    public void WriteJson(TextWriter output) => output.Write(JsonSerializer.Serialize(this, Json));

    private static ReconciliationTotal Empty(string? council, string? nhsBody, BillingMonth? month) => new(council, nhsBody, month, default, default);

    private static ReconciliationTotal Sum(IEnumerable<EpisodeDifference> episodes, ReconciliationTotal total) =>
        episodes.Aggregate(total, (sum, e) => sum with { Billed = sum.Billed + e.Billed, Other = sum.Other + e.Other });
}
