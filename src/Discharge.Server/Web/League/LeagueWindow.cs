using System.Globalization;
using Discharge.Domain.Statements;
using Discharge.Server.Hosting;
using Discharge.Server.Problems;
using Discharge.Server.Reporting;
using NodaTime;

namespace Discharge.Server.Web.League;

/// <summary>
/// The days a league table covers, as asked: <c>?year=YYYY</c>, or <c>?from=YYYY-MM</c> and/or <c>?to=YYYY-MM</c> (whole
/// months); by default every day recorded. Never beyond today: the days after it have not happened.
/// </summary>
internal static class LeagueWindow
{
    /// <summary>The window asked for, and whether it was asked for (else the whole record); errors name each field at fault.</summary>
    public static (DateWindow Days, bool Asked) Read(string? year, string? from, string? to, LocalDate today, FieldErrors errors)
    {
        var start = DateBounds.Earliest;
        var end = today;
        if (year is not null)
        {
            if (from is not null || to is not null)
            {
                errors.Add(nameof(year), "Ask for a year, or for months from and to, not both.");
            }
            else if (year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && BillingMonth.Parse($"{year}-01") is { } january)
            {
                (start, end) = (january.FirstDay, new BillingMonth(y, 12).LastDay);
            }
            else
            {
                errors.Add(nameof(year), $"Expected a year YYYY from {DateBounds.Earliest.Year} to {DateBounds.Latest.Year}; got '{year}'.");
            }
        }

        start = Month(nameof(from), from, errors)?.FirstDay ?? start;
        end = Month(nameof(to), to, errors)?.LastDay ?? end;
        if (start > today)
        {
            errors.Add(year is null ? nameof(from) : nameof(year), $"Starts after today ({today:yyyy-MM-dd}): nothing is recorded yet.");
        }
        else if (start > end)
        {
            errors.Add(nameof(to), "Ends before it starts.");
        }

        return (new DateWindow(start, end < today ? end : today), year is not null || from is not null || to is not null);
    }

    private static BillingMonth? Month(string field, string? text, FieldErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        var month = BillingMonth.Parse(text);
        if (month is null)
        {
            errors.Add(field, $"Expected a month YYYY-MM from 1900-01 to 2199-12; got '{text}'.");
        }

        return month;
    }
}
