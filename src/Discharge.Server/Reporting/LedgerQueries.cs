using Marten;

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

        var query = session.Query<EpisodeDelayLedger>().Where(l => l.FirstDay <= days.To && l.LastDay >= days.From);
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
}
