using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Discharge.Domain.Liability;
using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;
using NodaTime;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>A council's counts in a month, as <see cref="DelayMonths"/> keeps them (run starts and ends as day numbers).</summary>
internal readonly record struct MonthFigures(
    long RunsStarted, long RunStarts, long RunsEnded, long RunEnds, decimal RatesStarted, decimal RateStarts, decimal RatesEnded, decimal RateEnds,
    long StretchesStarted, long StretchesEnded, long LedgersStarted, long LedgersEnded)
{
    private static readonly LocalDate DayNought = new(1970, 1, 1);

    public static MonthFigures RunStarted(DelayRun run) => new() { RunsStarted = 1, RunStarts = Number(run.From), RatesStarted = Rate(run), RateStarts = Rate(run) * Number(run.From) };

    public static MonthFigures RunEnded(DelayRun run) => new() { RunsEnded = 1, RunEnds = Number(run.Until), RatesEnded = Rate(run), RateEnds = Rate(run) * Number(run.Until) };

    public static readonly MonthFigures StretchStarted = new() { StretchesStarted = 1 };

    public static readonly MonthFigures StretchEnded = new() { StretchesEnded = 1 };

    public static readonly MonthFigures LedgerStarted = new() { LedgersStarted = 1 };

    public static readonly MonthFigures LedgerEnded = new() { LedgersEnded = 1 };

    public static MonthFigures operator +(MonthFigures a, MonthFigures b) => new(
        a.RunsStarted + b.RunsStarted, a.RunStarts + b.RunStarts, a.RunsEnded + b.RunsEnded, a.RunEnds + b.RunEnds,
        a.RatesStarted + b.RatesStarted, a.RateStarts + b.RateStarts, a.RatesEnded + b.RatesEnded, a.RateEnds + b.RateEnds,
        a.StretchesStarted + b.StretchesStarted, a.StretchesEnded + b.StretchesEnded, a.LedgersStarted + b.LedgersStarted, a.LedgersEnded + b.LedgersEnded);

    /// <summary>The counts as a COPY text line's values after the council and month, in <see cref="DelayMonths.Columns"/> order.</summary>
    public IEnumerable<string> Values() => new object[]
    {
        RunsStarted, RunStarts, RunsEnded, RunEnds, RatesStarted, RateStarts, RatesEnded, RateEnds, StretchesStarted, StretchesEnded, LedgersStarted, LedgersEnded,
    }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!);

    private static long Number(LocalDate day) => Period.DaysBetween(DayNought, day);

    private static decimal Rate(DelayRun run) => run.Status == DayStatus.Chargeable ? run.Rate : 0m;
}

/// <summary>Each council's counts by month (its first day), added up in the rebuild's fold and copied into <see cref="DelayMonths"/> at its end.</summary>
internal sealed class DelayMonthSums
{
    private readonly Dictionary<(string Council, LocalDate Month), MonthFigures> sums = [];

    /// <summary>Adds <paramref name="figures"/> to the month of <paramref name="day"/>.</summary>
    public void Add(string council, LocalDate day, MonthFigures figures)
    {
        ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, (council, day.With(DateAdjusters.StartOfMonth)), out _);
        sum += figures;
    }

    public void Add(DelayMonthSums other)
    {
        foreach (var ((council, month), figures) in other.sums)
        {
            Add(council, month, figures);
        }
    }

    public async Task CopyAsync(NpgsqlConnection connection, IReadOnlyStoreOptions options, CancellationToken cancellation)
    {
        var lines = new StringBuilder();
        foreach (var ((council, month), figures) in sums)
        {
            lines.Append(CopyText.Escaped(council)).Append('\t').Append(CopyText.Day(month)).Append('\t').AppendJoin('\t', figures.Values()).Append('\n');
        }

        await CopyText.CopyAsync(connection, $"{DelayMonths.TableIn(options)} ({DelayMonths.Columns})", lines, cancellation);
    }
}
