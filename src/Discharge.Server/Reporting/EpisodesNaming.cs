using Discharge.Domain.Episodes;
using Marten;
using Marten.Events;
using Marten.Linq.MatchesSql;

namespace Discharge.Server.Reporting;

/// <summary>Finds episodes by the parties their events name, from the event table itself (not the async ledgers).</summary>
internal static class EpisodesNaming
{
    /// <summary>
    /// Every episode that ever named the council (the first on its assessment notice, any later one on a transfer of
    /// responsibility); with no council, every episode whose notices named the NHS body; with neither, every episode.
    /// Read whenever recorded: a caller decides per stream what counted when.
    /// </summary>
    public static async Task<Guid[]> OfAsync(IQuerySession session, string? council, string? nhsBody, CancellationToken cancellation)
    {
        var naming = session.Events.QueryAllRawEvents().Where(e => e.EventTypesAre(typeof(AssessmentNoticeGiven), typeof(ResponsibilityTransferred)));
        naming = council is not null ? naming.Where(e => e.MatchesSql("(data ->> 'council' = ? OR data ->> 'toCouncil' = ?)", council, council))
            : nhsBody is not null ? naming.Where(e => e.MatchesSql("data ->> 'nhsBody' = ?", nhsBody))
            : naming;
        return [.. (await naming.ToListAsync(cancellation)).Select(e => e.StreamId).Distinct()];
    }
}
