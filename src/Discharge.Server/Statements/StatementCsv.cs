using Discharge.Domain.Statements;
using Discharge.Server.Hosting;
using NodaTime;
using static Discharge.Server.Hosting.CsvFormat;

namespace Discharge.Server.Statements;

/// <summary>
/// A statement as CSV (<see cref="CsvFormat"/>): a header, then one row per line billed, adjustment carried, adjustment pending and Care Act day not billed, each with its kind.
/// </summary>
internal static class StatementCsv
{
    public const string MediaType = CsvFormat.MediaType;

    private static readonly string[] Header =
    [
        "statement", "nhsBody", "council", "month", "kind", "line", "episodeId", "patientReference", "relevantDay", "from", "until",
        "days", "dailyAmount", "amount", "rule", "ruleSet", "correctsStatement", "correctsMonth", "correctsLine", "reason",
    ];

    public static string Write(StatementAnswer statement) => CsvFormat.Write(Records(statement));

    private static IEnumerable<string[]> Records(StatementAnswer statement)
    {
        yield return Header;
        string[] Of(string kind, string? line, Guid episode, string patient, LocalDate? relevantDay, LocalDate from, LocalDate until, int days,
            decimal daily, decimal amount, string rule, string ruleSet, AdjustmentLine? corrects) =>
        [
            statement.Id.ToString(), statement.NhsBody, statement.Council, statement.Month.ToString(), kind, line ?? "", episode.ToString(), patient,
            Date(relevantDay), Date(from), Date(until), Number(days), Money(daily), Money(amount), rule, ruleSet,
            corrects?.CorrectsStatement.ToString() ?? "", corrects?.CorrectsMonth.ToString() ?? "",
            corrects?.CorrectsLine is { } corrected ? Number(corrected) : "", corrects is null ? "" : Kebab(corrects.Reason),
        ];

        foreach (var l in statement.Lines)
        {
            yield return Of("charge", Number(l.Number), l.EpisodeId, l.PatientReference, l.RelevantDay, l.From, l.Until, l.Days, l.Rate, l.Amount, l.Rule, l.RuleSet, null);
        }

        foreach (var a in statement.Adjustments)
        {
            yield return Of("adjustment", Number(a.Number), a.EpisodeId, a.PatientReference, null, a.From, a.Until, a.Days, a.DailyAmount, a.Amount, "", "", a);
        }

        foreach (var a in statement.PendingAdjustments)
        {
            yield return Of("pending-adjustment", null, a.EpisodeId, a.PatientReference, null, a.From, a.Until, a.Days, a.DailyAmount, a.Amount, "", "", a);
        }

        foreach (var n in statement.NotBilled)
        {
            yield return Of("not-billed", null, n.EpisodeId, n.PatientReference, n.RelevantDay, n.From, n.Until, n.Days, n.Rate, n.Amount, n.Rule, n.RuleSet, null);
        }
    }

    private static string Kebab(AdjustmentReason reason) => DischargeJson.EnumNaming.ConvertName(reason.ToString());
}
