using System.Text;
using Discharge.Domain.Liability;
using Discharge.Server.Hosting;
using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;
using NodaTime;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>
/// The kept figures of rebuilt ledgers (<see cref="DelayRuns"/>, <see cref="DelayStretches"/>, <see cref="DelayMonths"/>),
/// made where the ledgers are (on any core), so that the rebuild copies them beside the ledgers from the runs it has in
/// hand, instead of having PostgreSQL make them from every ledger's JSON afterwards (that took a third of the national
/// year's rebuild): the rows and stretches as binary COPY rows, the months as sums to add to those of the other batches.
/// The same as the database's own statements make: a row a run, the status spelt as the ledger's JSON spells it;
/// <c>audit verify</c> and the rebuild's test compare them.
/// </summary>
internal sealed class DelayRunRows : IDisposable
{
    private const string Columns = "episode_id, nhs_body, council, status, rate, from_day, until_day, days, ledger_first, ledger_last, assessed_on";

    private static readonly Dictionary<DayStatus, byte[]> Spelt =
        Enum.GetValues<DayStatus>().ToDictionary(s => s, s => Encoding.UTF8.GetBytes(DischargeJson.EnumNaming.ConvertName(s.ToString())));

    private readonly BinaryRows rows = new();

    private readonly BinaryRows stretches = new();

    private readonly List<(string Council, LocalDate From, LocalDate Until)> councilRuns = [];

    /// <summary>Each council's counts by month, of the ledgers added.</summary>
    public DelayMonthSums Months { get; } = new();

    public int Count => rows.Count;

    public void Add(EpisodeDelayLedger ledger)
    {
        foreach (var run in ledger.Runs)
        {
            Months.Add(run.Council, run.From, MonthFigures.RunStarted(run));
            Months.Add(run.Council, run.Until, MonthFigures.RunEnded(run));
            rows.Row(11).Uuid(ledger.Id).Text(ledger.NhsBody).Text(run.Council).Text(Spelt[run.Status]).Numeric(run.Rate)
                .Date(run.From).Date(run.Until).Days(run.From, run.Until).Date(ledger.FirstDay).Date(ledger.LastDay).Date(ledger.AssessedOn);
        }

        AddStretches(ledger);
    }

    /// <summary>
    /// The ledger's stretches of consecutive days with each council, as <see cref="DelayStretches.Of"/> makes them of its
    /// rows, and what they count in their months: single stretches started and ended, and the ledger started and ended.
    /// </summary>
    private void AddStretches(EpisodeDelayLedger ledger)
    {
        councilRuns.Clear();
        councilRuns.AddRange(ledger.Runs.Select(r => (r.Council, r.From, r.Until)));
        councilRuns.Sort((a, b) => a.Council != b.Council ? string.CompareOrdinal(a.Council, b.Council) : a.From.CompareTo(b.From));
        for (var start = 0; start < councilRuns.Count;)
        {
            var council = councilRuns[start].Council;
            var end = start;
            while (end < councilRuns.Count && councilRuns[end].Council == council)
            {
                end++;
            }

            var stretchStarts = Enumerable.Range(start, end - start).Where(i => i == start || !Follows(councilRuns[i - 1], councilRuns[i])).ToList();
            for (var s = 0; s < stretchStarts.Count; s++)
            {
                var from = councilRuns[stretchStarts[s]].From;
                var until = councilRuns[(s + 1 < stretchStarts.Count ? stretchStarts[s + 1] : end) - 1].Until;
                stretches.Row(8).Uuid(ledger.Id).Text(council).Date(from).Date(until).Int(s + 1).Int(stretchStarts.Count)
                    .Date(ledger.FirstDay).Date(ledger.LastDay);
                if (stretchStarts.Count == 1)
                {
                    Months.Add(council, from, MonthFigures.StretchStarted);
                    Months.Add(council, until, MonthFigures.StretchEnded);
                }
            }

            Months.Add(council, ledger.FirstDay, MonthFigures.LedgerStarted);
            Months.Add(council, ledger.LastDay, MonthFigures.LedgerEnded);
            start = end;
        }
    }

    private static bool Follows((string Council, LocalDate From, LocalDate Until) previous, (string Council, LocalDate From, LocalDate Until) run) =>
        run.From == previous.Until.PlusDays(1);

    /// <summary>Copies <paramref name="batches"/>' rows and stretches into their kept tables (as <paramref name="options"/> name them) on <paramref name="connection"/>, a COPY each.</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyStoreOptions options, IReadOnlyList<DelayRunRows> batches, CancellationToken cancellation)
    {
        if (batches.Sum(b => b.Count) == 0)
        {
            return;
        }

        await BinaryRows.CopyAsync(connection, DocumentCopy.BinaryCopyInto($"{DelayRuns.TableIn(options)} ({Columns})", frozen: true), batches.Select(b => b.rows), cancellation);
        await BinaryRows.CopyAsync(
            connection, DocumentCopy.BinaryCopyInto($"{DelayStretches.TableIn(options)} ({DelayStretches.Columns})", frozen: true), batches.Select(b => b.stretches), cancellation);
    }

    public void Dispose()
    {
        rows.Dispose();
        stretches.Dispose();
    }
}
