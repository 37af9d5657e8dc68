using Discharge.Domain.Episodes;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Support;

/// <summary>Reads what the server stored straight from Marten, so tests see the record itself and not only the API's view of it.</summary>
public static class StoredEvents
{
    /// <summary>
    /// How many events commands have recorded for the episode (0 when there is no stream). The service's own
    /// <see cref="LiabilityStarted"/>, recorded once a relevant day has ended (at once for a notice given after
    /// it), is left out: it lands in its own time, and nothing a command answers depends on it.
    /// </summary>
    public static async Task<int> CommandEventCount(this DischargeServer server, Guid episode) =>
        (await server.EventsOf(episode)).Count(e => e.Data is not LiabilityStarted);

    public static async Task<IReadOnlyList<IEvent>> EventsOf(this DischargeServer server, Guid episode)
    {
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.FetchStreamAsync(episode);
    }
}
