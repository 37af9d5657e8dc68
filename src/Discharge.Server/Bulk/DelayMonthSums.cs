using System.Globalization;
using System.Text;
using Discharge.Server.Reporting.Kept;
using Marten;
using NodaTime;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>A council's figures in a month, as <see cref="DelayMonths"/> keeps them.</summary>
internal readonly record struct MonthFigures(long Days, decimal Amount, long StretchesStarted, long StretchesEnded, long LedgersStarted, long LedgersEnded)
{
    public static MonthFigures operator +(MonthFigures a, MonthFigures b) => new(
        a.Days + b.Days, a.Amount + b.Amount, a.StretchesStarted + b.StretchesStarted, a.StretchesEnded + b.StretchesEnded,
        a.LedgersStarted + b.LedgersStarted, a.LedgersEnded + b.LedgersEnded);
}

/// <summary>Each council's figures by month (its first day), added up in the rebuild's fold and copied into <see cref="DelayMonths"/> at its end.</summary>
internal sealed class DelayMonthSums
{
    private readonly Dictionary<(string Council, LocalDate Month), MonthFigures> sums = [];

    /// <summary>Adds <paramref name="figures"/> to the month of <paramref name="day"/>.</summary>
    public void Add(string council, LocalDate day, MonthFigures figures)
    {
        var key = (council, day.With(DateAdjusters.StartOfMonth));
        sums[key] = sums.GetValueOrDefault(key) + figures;
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
        foreach (var ((council, month), f) in sums)
        {
            lines.Append(CopyText.Escaped(council)).Append('\t').Append(CopyText.Day(month)).AppendInvariant('\t', f.Days)
                .Append('\t').Append(f.Amount.ToString(CultureInfo.InvariantCulture))
                .AppendInvariant('\t', f.StretchesStarted).AppendInvariant('\t', f.StretchesEnded)
                .AppendInvariant('\t', f.LedgersStarted).AppendInvariant('\t', f.LedgersEnded).Append('\n');
        }

        await CopyText.CopyAsync(connection, $"{DelayMonths.TableIn(options)} ({DelayMonths.Columns})", lines, cancellation);
    }
}
