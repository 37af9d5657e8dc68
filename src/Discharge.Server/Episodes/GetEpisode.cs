using Marten;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

public static class GetEpisodeEndpoint
{
    /// <summary>The episode's view; 404 problem details when there is no such episode.</summary>
    [WolverineGet("/episodes/{episodeId}")]
    public static Task<EpisodeView?> Get(Guid episodeId, IQuerySession session, CancellationToken cancellation) =>
        session.LoadAsync<EpisodeView>(episodeId, cancellation);
}
