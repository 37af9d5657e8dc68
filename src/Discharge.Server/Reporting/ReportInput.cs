using System.Globalization;
using Discharge.Server.Hosting;
using Discharge.Server.Problems;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Reporting;

/// <summary>Reads a query string: ISO dates, a window that runs forwards, and page numbers.</summary>
public static class ReportInput
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

    /// <summary>An ISO date in the years the service accepts, as in a body (<see cref="DateBounds"/>); null (noted) when wrong or missing.</summary>
    public static LocalDate? Date(FieldErrors errors, string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"Required: {DateBounds.DateExpected}.");
            }

            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || !DateBounds.Contain(parsed.Value))
        {
            errors.Add(field, $"Expected {DateBounds.DateExpected}; got '{text}'.");
            return null;
        }

        return parsed.Value;
    }

    /// <summary>
    /// An instant in the past by the service's clock (<c>knownAt</c>: read the store as the service knew it then), as
    /// ISO text ending in Z; null when not given, or (noted) when wrong or in the future.
    /// </summary>
    public static Instant? PastInstant(FieldErrors errors, string field, string? text, IClock clock)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (!parsed.Success || !DateBounds.Contain(parsed.Value.InUtc().Date))
        {
            errors.Add(field, $"Expected {DateBounds.InstantExpected}; got '{text}'.");
            return null;
        }

        if (parsed.Value > clock.GetCurrentInstant())
        {
            errors.Add(field, "Cannot be in the future: the store cannot say what it will know.");
            return null;
        }

        return parsed.Value;
    }

    /// <summary>A whole number from 1 to <paramref name="maximum"/>, or <paramref name="fallback"/> when not given.</summary>
    public static int Count(FieldErrors errors, string field, string? text, int fallback, int maximum)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > maximum)
        {
            errors.Add(field, $"Expected a whole number {(maximum == int.MaxValue ? "of 1 or more" : $"from 1 to {maximum}")}; got '{text}'.");
            return fallback;
        }

        return number;
    }
}
