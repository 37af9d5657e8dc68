using Discharge.Server.Hosting;
using static Discharge.Server.Hosting.CsvFormat;

namespace Discharge.Server.Audit.Reconciliation;

/// <summary>
/// A reconciliation as CSV, in the house style of a statement's: a header, one row per episode that differs, then the
/// totals, each row with its kind; keys that do not apply to a total are empty.
/// </summary>
internal static class ReconciliationCsv
{
    private static readonly string[] Header =
    [
        "kind", "council", "nhsBody", "month", "episodeId", "billedDays", "billedAmount", "otherDays", "otherAmount",
        "differenceDays", "differenceAmount", "changedDays",
    ];

    public static void Write(ReconciliationReport report, TextWriter output) => CsvFormat.Write(output, Records(report));

    private static IEnumerable<string[]> Records(ReconciliationReport report) =>
    [
        Header,
        .. report.Differences.Select(e => Fields("episode", e.Council, e.NhsBody, e.Month.ToString(), e.EpisodeId.ToString(), e, Number(e.ChangedDays))),
        .. Totals("statement-total", report.ByStatement),
        .. Totals("council-total", report.ByCouncil),
        .. Totals("nhs-body-total", report.ByNhsBody),
        .. Totals("month-total", report.ByMonth),
        .. Totals("total", [report.Overall]),
    ];

    private static IEnumerable<string[]> Totals(string kind, IEnumerable<ReconciliationTotal> totals) =>
        totals.Select(t => Fields(kind, t.Council ?? "", t.NhsBody ?? "", t.Month?.ToString() ?? "", "", t, ""));

    private static string[] Fields(string kind, string council, string nhsBody, string month, string episode, ReconciledFigures f, string changedDays) =>
    [
        kind, council, nhsBody, month, episode, Number(f.Billed.Days), Money(f.Billed.Amount), Number(f.Other.Days), Money(f.Other.Amount),
        Number(f.Difference.Days), Money(f.Difference.Amount), changedDays,
    ];
}
