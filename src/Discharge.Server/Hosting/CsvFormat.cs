using CsvHelper;
using NodaTime;
using NodaTime.Text;
using System.Globalization;

namespace Discharge.Server.Hosting;

/// <summary>
/// The service's CSV, written by CsvHelper with its RFC 4180 defaults (CRLF line ends, a field quoted when it holds a
/// comma, a quote or a line end); dates ISO, pounds with two decimals, all in the invariant culture so that a
/// spreadsheet anywhere reads the same figures.
/// </summary>
internal static class CsvFormat
{
    public const string MediaType = "text/csv";

    /// <summary>Whether the request asks for CSV: <c>Accept: text/csv</c>, or <c>?format=csv</c> where a header is awkward (a browser's link).</summary>
    public static bool Asked(HttpContext http, string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
        || http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes each record (its fields already formatted) to <paramref name="output"/>, which stays open.</summary>
    public static void Write(TextWriter output, IEnumerable<string[]> records)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var record in records)
        {
            csv.WriteRecord(record);
        }

        csv.Flush();
    }

    public static string Write(IEnumerable<string[]> records)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Write(output, records);
        return output.ToString();
    }

    public static string Number(long number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Date(LocalDate? day) => day is { } d ? LocalDatePattern.Iso.Format(d) : "";

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
