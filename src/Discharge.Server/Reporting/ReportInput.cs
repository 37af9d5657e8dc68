using System.Text.RegularExpressions;
using Discharge.Server.Episodes;
using Discharge.Server.Problems;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Reporting;

/// <summary>Reads a report's query string: ISO dates, a window that runs forwards, and codes of the right shape.</summary>
public static partial class ReportInput
{
    /// <summary>Required <c>from</c> and <c>to</c> dates; null (with the errors noted) when either is missing or wrong.</summary>
    public static DateWindow? Window(FieldErrors errors, string? from, string? to)
    {
        var first = Date(errors, "from", from, required: true);
        var last = Date(errors, "to", to, required: true);
        if (first is null || last is null)
        {
            return null;
        }

        if (first > last)
        {
            errors.Add("to", "Must not be before 'from'.");
            return null;
        }

        return new DateWindow(first.Value, last.Value);
    }

    public static LocalDate? Date(FieldErrors errors, string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, "Required: a date as YYYY-MM-DD.");
            }

            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            errors.Add(field, $"'{text}' is not a date as YYYY-MM-DD.");
            return null;
        }

        return parsed.Value;
    }

    /// <summary>An ONS/GSS local authority code: a country letter and eight digits (e.g. E06000015).</summary>
    public static FieldErrors Council(this FieldErrors errors, string field, string? code) =>
        code is not null && !GssCode().IsMatch(code) ? errors.Add(field, $"'{code}' is not an ONS/GSS council code such as E06000015.") : errors;

    /// <summary>An ODS organisation code (e.g. RTG).</summary>
    public static FieldErrors NhsBody(this FieldErrors errors, string field, string code) =>
        !NhsBodies.IsOdsCode(code) ? errors.Add(field, $"'{code}' is not an ODS organisation code such as RTG.") : errors;

    [GeneratedRegex("^[EWSN][0-9]{8}$")]
    private static partial Regex GssCode();
}
