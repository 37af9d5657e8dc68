using Discharge.Domain.Episodes;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Support;

/// <summary>Reads what the server stored straight from Marten, so tests see the record itself and not only the API's view of it.</summary>
public static class StoredEvents
{
    /// <summary>
    /// How many events the episode's stream holds (0 when there is none), the service's own <see cref="LiabilityStarted"/>
    /// included: it is recorded only when a test runs the due checks.
    /// </summary>
    public static async Task<int> EventCount(this DischargeServer server, Guid episode) => (await server.EventsOf(episode)).Count;

    public static async Task<IReadOnlyList<IEvent>> EventsOf(this DischargeServer server, Guid episode)
    {
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.FetchStreamAsync(episode);
    }

    /// <summary>How many events the whole store holds, of every stream.</summary>
    public static async Task<int> AllEventCount(this DischargeServer server)
    {
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
