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

    public static void Write(ReconciliationReport report, TextWriter output)
    {
        output.Write(Row(Header));
        foreach (var e in report.Differences)
        {
            output.Write(Row(Fields("episode", e.Council, e.NhsBody, e.Month.ToString(), e.EpisodeId.ToString(), e, Number(e.ChangedDays))));
        }

        WriteTotals(output, "statement-total", report.ByStatement);
        WriteTotals(output, "council-total", report.ByCouncil);
        WriteTotals(output, "nhs-body-total", report.ByNhsBody);
        WriteTotals(output, "month-total", report.ByMonth);
        WriteTotals(output, "total", [report.Overall]);
    }

    private static void WriteTotals(TextWriter output, string kind, IEnumerable<ReconciliationTotal> totals)
    {
        foreach (var t in totals)
        {
            output.Write(Row(Fields(kind, t.Council ?? "", t.NhsBody ?? "", t.Month?.ToString() ?? "", "", t, "")));
        }
    }

    private static string[] Fields(string kind, string council, string nhsBody, string month, string episode, ReconciledFigures f, string changedDays) =>
    [
        kind, council, nhsBody, month, episode, Number(f.Billed.Days), Money(f.Billed.Amount), Number(f.Other.Days), Money(f.Other.Amount),
        Number(f.Difference.Days), Money(f.Difference.Amount), changedDays,
    ];
}
