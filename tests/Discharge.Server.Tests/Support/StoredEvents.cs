using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Support;

/// <summary>Reads what the server stored straight from Marten, so tests see the record itself and not only the API's view of it.</summary>
public static class StoredEvents
{
    /// <summary>The episode stream's version: 0 when there is no stream.</summary>
    public static async Task<long> VersionOf(this DischargeServer server, Guid episode)
    {
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var state = await session.Events.FetchStreamStateAsync(episode);
        return state?.Version ?? 0;
    }

    public static async Task<IReadOnlyList<IEvent>> EventsOf(this DischargeServer server, Guid episode)
    {
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.FetchStreamAsync(episode);
    }
}
