using System.Globalization;
using System.Text;
using Discharge.Server.Reporting.Kept;
using Marten;
using NodaTime;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>Each council's delayed days and chargeable amount by month (its first day), added up in the rebuild's fold and copied into <see cref="DelayMonths"/> at its end.</summary>
internal sealed class DelayMonthSums
{
    private readonly Dictionary<(string Council, LocalDate Month), (long Days, decimal Amount)> sums = [];

    public void Add(string council, LocalDate month, long days, decimal amount)
    {
        var (totalDays, totalAmount) = sums.GetValueOrDefault((council, month));
        sums[(council, month)] = (totalDays + days, totalAmount + amount);
    }

    public void Add(DelayMonthSums other)
    {
        foreach (var ((council, month), (days, amount)) in other.sums)
        {
            Add(council, month, days, amount);
        }
    }

    public async Task CopyAsync(NpgsqlConnection connection, IReadOnlyStoreOptions options, CancellationToken cancellation)
    {
        var lines = new StringBuilder();
        foreach (var ((council, month), (days, amount)) in sums)
        {
            lines.Append(CopyText.Escaped(council)).Append('\t').Append(CopyText.Day(month)).Append('\t')
                .Append(days.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(amount.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        await CopyText.CopyAsync(connection, $"{DelayMonths.TableIn(options)} ({DelayMonths.Columns})", lines, cancellation);
    }
}
