using Discharge.Server.Audit.Chain;
using Discharge.Server.Commands;
using JasperFx.Events;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Bulk;

/// <summary>An event as its row in the event table holds it: serialized, stamped and chained, ready to copy in.</summary>
internal sealed record EventRow(
    Guid StreamId, long Version, Guid Id, string Type, string DotNetType, string DataJson, string HeadersJson, string? CorrelationId, Instant Timestamp);

/// <summary>A stream's rows and the head its chain ends at.</summary>
internal sealed record StreamRows(Guid Id, IReadOnlyList<EventRow> Events, StreamChainHead Head);

/// <summary>
/// Turns imported streams into rows exactly as a session would write them: the data as the store serializes it, the
/// headers a command stamps, and the hash chain the session listener (<see cref="EventChainListener"/>) computes, so that
/// <c>audit verify-chain</c> cannot tell an imported stream from one recorded command by command.
/// </summary>
internal sealed class EventRows(IDocumentStore store)
{
    private readonly ISerializer serializer = store.Options.Serializer();
    private readonly Marten.Events.EventGraph events = (Marten.Events.EventGraph)((StoreOptions)store.Options).Events;

    public StreamRows Of(StreamImport stream)
    {
        var rows = new EventRow[stream.Events.Count];
        var link = ChainLink.Start;
        for (var i = 0; i < rows.Length; i++)
        {
            var imported = stream.Events[i];
            var typed = events.BuildEvent(imported.Data);
            typed.Id = imported.Id;
            var headers = Headers(imported);
            var version = link.Version + 1;
            var content = new EventContent(
                stream.Id, version, imported.Id, typed.EventTypeName, serializer.ToJson(imported.Data), serializer.ToJson(headers), imported.CorrelationId, null);
            var hash = EventHash.Compute(content, link.Hash);
            headers[EventHash.Header] = hash;
            rows[i] = new EventRow(stream.Id, version, imported.Id, content.Type, typed.DotNetTypeName, content.DataJson, serializer.ToJson(headers),
                imported.CorrelationId, imported.ReceivedAt);
            link = new ChainLink(version, hash);
        }

        return new StreamRows(stream.Id, rows, new StreamChainHead { Id = stream.Id, Version = link.Version, Hash = link.Hash });
    }

    /// <summary>What <see cref="CommandRecording.StampMetadata"/> stamps, in its order; the service's own events carry only when.</summary>
    private static Dictionary<string, object> Headers(ImportedEvent e)
    {
        var headers = new Dictionary<string, object>();
        if (e.Organisation is { } organisation)
        {
            headers[RecordedOrigin.OrganisationHeader] = organisation;
        }

        if (e.User is { } user)
        {
            headers[RecordedOrigin.UserHeader] = user;
        }

        headers[RecordedOrigin.ReceivedAtHeader] = InstantPattern.ExtendedIso.Format(e.ReceivedAt);
        if (e.IdempotencyKey is { } key)
        {
            headers[RecordedOrigin.IdempotencyKeyHeader] = key;
        }

        return headers;
    }
}
