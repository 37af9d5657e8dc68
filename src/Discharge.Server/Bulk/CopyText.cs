using System.Globalization;
using System.Text;
using Discharge.Server.Hosting;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>Values as COPY's text format reads them, and the copy of such lines into a table.</summary>
internal static class CopyText
{
    public static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

    /// <summary>
    /// Appends the day as <see cref="Day"/> spells it, without making a string of it (the rebuild appends millions of days;
    /// NodaTime's pattern makes one a day): spelt as the JSON spells it (<see cref="IsoDateUtf8"/>).
    /// </summary>
    public static StringBuilder AppendDay(this StringBuilder lines, LocalDate day)
    {
        Span<byte> utf8 = stackalloc byte[IsoUtf8<LocalDate>.MaxLength];
        if (!IsoDateUtf8.Instance.TryWrite(day, utf8, out var written))
        {
            return lines.Append(Day(day));
        }

        Span<char> text = stackalloc char[written];
        Encoding.ASCII.GetChars(utf8[..written], text);
        return lines.Append(text);
    }

    /// <summary>A value with its backslash, tab and line breaks escaped.</summary>
    public static string Escaped(string value) =>
        value.AsSpan().IndexOfAny("\\\t\n\r") < 0 ? value
            : value.Replace(@"\", @"\\").Replace("\t", @"\t").Replace("\n", @"\n").Replace("\r", @"\r");

    /// <summary>Copies <paramref name="lines"/> into <paramref name="table"/> (its name and columns), which the transaction on <paramref name="connection"/> emptied.</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, string table, StringBuilder lines, CancellationToken cancellation)
    {
        await using var copy = await connection.BeginTextImportAsync($"COPY {table} FROM STDIN ({DocumentCopy.Frozen})", cancellation);
        await copy.WriteAsync(lines, cancellation);
    }

    /// <summary>Appends <paramref name="separator"/> and <paramref name="value"/> in invariant digits.</summary>
    public static StringBuilder AppendInvariant(this StringBuilder lines, char separator, long value) =>
        lines.Append(separator).Append(CultureInfo.InvariantCulture, $"{value}");
}
