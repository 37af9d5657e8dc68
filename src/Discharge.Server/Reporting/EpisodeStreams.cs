using JasperFx.Events;
using Marten;
using Marten.Linq;

namespace Discharge.Server.Reporting;

/// <summary>Reads the events of many streams (episodes, and for verification any stream) in one query, rather than one query a stream.</summary>
internal static class EpisodeStreams
{
    /// <summary>Each stream's events in version order; a stream with none is absent.</summary>
    public static async Task<Dictionary<Guid, List<IEvent>>> ReadManyAsync(IQuerySession session, IReadOnlyCollection<Guid> streams, CancellationToken cancellation)
    {
        if (streams.Count == 0)
        {
            return [];
        }

        var ids = streams.ToArray();
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(ids)).ToListAsync(cancellation);
        return events.GroupBy(e => e.StreamId).ToDictionary(s => s.Key, s => s.OrderBy(e => e.Version).ToList());
    }
}
