using Marten;
using Marten.Linq.MatchesSql;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Reporting;

/// <summary>Finds the episode ledgers a report reads: those with a delayed day in the window, for a council or an NHS body.</summary>
internal static class LedgerQueries
{
    public static async Task<IReadOnlyList<EpisodeDelayLedger>> LedgersWithin(
        this IQuerySession session, DateWindow? window, string? council, string? nhsBody, CancellationToken cancellation)
    {
        if (window is not { } days)
        {
            return [];
        }

        // Marten's LINQ cannot compare NodaTime dates; the stored ISO dates are compared as SQL dates instead.
        var query = session.Query<EpisodeDelayLedger>().Where(l => l.MatchesSql(
            "CAST(data ->> 'firstDay' AS date) <= CAST(? AS date) AND CAST(data ->> 'lastDay' AS date) >= CAST(? AS date)",
            Iso(days.To),
            Iso(days.From)));
        if (council is not null)
        {
            query = query.Where(l => l.Councils.Contains(council));
        }

        if (nhsBody is not null)
        {
            query = query.Where(l => l.NhsBody == nhsBody);
        }

        return await query.OrderBy(l => l.Id).ToListAsync(cancellation);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
