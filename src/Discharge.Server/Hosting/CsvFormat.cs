using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Hosting;

/// <summary>
/// The service's CSV (RFC 4180): CRLF line ends, a field quoted when it holds a comma, a quote or a line end, dates ISO,
/// pounds with two decimals, all in the invariant culture so that a spreadsheet anywhere reads the same figures.
/// </summary>
internal static class CsvFormat
{
    public const string MediaType = "text/csv";

    /// <summary>One record, its line end included.</summary>
    public static string Row(IEnumerable<string> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    public static string Number(long number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Date(LocalDate? day) => day is { } d ? LocalDatePattern.Iso.Format(d) : "";

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
