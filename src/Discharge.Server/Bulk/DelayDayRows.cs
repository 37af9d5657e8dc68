using System.Globalization;
using System.Text;
using Discharge.Domain.Liability;
using Discharge.Server.Hosting;
using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>
/// The kept rows (<see cref="DelayDays"/>) of rebuilt ledgers, as text COPY lines made where the ledgers are (on any core),
/// so that the rebuild copies them beside the ledgers from the runs it has in hand, instead of having PostgreSQL make them
/// from every ledger's JSON in one statement afterwards (that statement took a third of the national year's rebuild).
/// The same rows as <c>delay_days_of</c> makes: one a run and month, the status spelt as the ledger's JSON spells it.
/// <c>audit verify</c> and the rebuild's test compare them with it.
/// </summary>
internal sealed class DelayDayRows
{
    private const string Columns = "episode_id, nhs_body, council, status, rate, from_day, until_day, ledger_first, ledger_last, assessed_on";

    private static readonly Dictionary<DayStatus, string> Spelt =
        Enum.GetValues<DayStatus>().ToDictionary(s => s, s => DischargeJson.EnumNaming.ConvertName(s.ToString()));

    private readonly StringBuilder rows = new();

    public int Count { get; private set; }

    public void Add(EpisodeDelayLedger ledger)
    {
        var first = Day(ledger.FirstDay);
        var last = Day(ledger.LastDay);
        var assessed = ledger.AssessedOn is { } day ? Day(day) : @"\N";
        foreach (var run in ledger.Runs)
        {
            foreach (var (_, days) in new DateWindow(run.From, run.Until).ByMonth())
            {
                rows.Append(ledger.Id.ToString("D")).Append('\t')
                    .Append(Escaped(ledger.NhsBody)).Append('\t')
                    .Append(Escaped(run.Council)).Append('\t')
                    .Append(Spelt[run.Status]).Append('\t')
                    .Append(run.Rate.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(Day(days.From)).Append('\t')
                    .Append(Day(days.To)).Append('\t')
                    .Append(first).Append('\t')
                    .Append(last).Append('\t')
                    .Append(assessed).Append('\n');
                Count++;
            }
        }
    }

    /// <summary>Copies the rows into the kept table named by <paramref name="table"/> on <paramref name="connection"/>.</summary>
    public async Task CopyAsync(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        await using var copy = await connection.BeginTextImportAsync($"COPY {table} ({Columns}) FROM STDIN", cancellation);
        await copy.WriteAsync(rows, cancellation);
    }

    private static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

    /// <summary>A value as COPY's text format reads it: its backslash, tab and line breaks escaped.</summary>
    private static string Escaped(string value) =>
        value.AsSpan().IndexOfAny("\\\t\n\r") < 0 ? value
            : value.Replace(@"\", @"\\").Replace("\t", @"\t").Replace("\n", @"\n").Replace("\r", @"\r");
}
