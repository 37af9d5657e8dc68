using System.Text;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>Values as COPY's text format reads them, and the copy of such lines into a table.</summary>
internal static class CopyText
{
    public static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

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
}
