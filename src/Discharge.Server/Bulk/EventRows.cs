using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Discharge.Server.Audit.Chain;
using Discharge.Server.Commands;
using JasperFx.Events;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Bulk;

/// <summary>An event as its row in the event table holds it: serialized, stamped and chained, ready to copy in.</summary>
internal sealed record EventRow(
    Guid StreamId, long Version, Guid Id, string Type, string DotNetType, byte[] DataJson, byte[] HeadersJson, string? CorrelationId, Instant Timestamp);

/// <summary>A stream's rows and the head its chain ends at.</summary>
internal sealed record StreamRows(Guid Id, IReadOnlyList<EventRow> Events, StreamChainHead Head);

/// <summary>
/// Turns imported streams into rows as a session would write them: the data as the store serializes it (canonically spelt), the
/// headers a command stamps, and the hash chain the session listener (<see cref="EventChainListener"/>) computes, so that
/// <c>audit verify-chain</c> cannot tell an imported stream from one recorded command by command.
/// </summary>
internal sealed class EventRows(IDocumentStore store)
{
    private readonly Marten.Events.EventGraph events = (Marten.Events.EventGraph)((StoreOptions)store.Options).Events;

    /// <summary>Each event type's stored names (its alias and its .NET name), as Marten gives them.</summary>
    private readonly ConcurrentDictionary<Type, (string Alias, string DotNetType)> names = new();

    public StreamRows Of(StreamImport stream)
    {
        var rows = new EventRow[stream.Events.Count];
        var link = ChainLink.Start;
        for (var i = 0; i < rows.Length; i++)
        {
            var imported = stream.Events[i];
            var (typeName, dotNetTypeName) = names.GetOrAdd(imported.Data.GetType(), (_, data) => NamesOf(data), imported.Data);
            var data = EventJson.ToCanonicalUtf8(imported.Data);
            var headers = Headers(imported);
            var version = link.Version + 1;
            // The data and headers are written into the hash as serialized, not from the content's text.
            var content = new EventContent(stream.Id, version, imported.Id, typeName, "", null, imported.CorrelationId, null);
            var hash = EventHash.Compute(content, link.Hash, writer => writer.WriteRawValue(data, skipInputValidation: true), writer => Write(writer, headers));
            headers.Add((EventHash.Header, hash));
            rows[i] = new EventRow(stream.Id, version, imported.Id, content.Type, dotNetTypeName, data, HeadersJson(headers),
                imported.CorrelationId, imported.ReceivedAt);
            link = new ChainLink(version, hash);
        }

        return new StreamRows(stream.Id, rows, new StreamChainHead { Id = stream.Id, Version = link.Version, Hash = link.Hash });
    }

    private (string, string) NamesOf(object data)
    {
        var e = events.BuildEvent(data);
        return (e.EventTypeName, e.DotNetTypeName);
    }

    /// <summary>What <see cref="CommandRecording.StampMetadata"/> stamps; the service's own events carry only when.</summary>
    private static List<(string Name, string Value)> Headers(ImportedEvent e)
    {
        List<(string, string)> headers = [(RecordedOrigin.ReceivedAtHeader, InstantPattern.ExtendedIso.Format(e.ReceivedAt))];
        if (e.Organisation is { } organisation)
        {
            headers.Add((RecordedOrigin.OrganisationHeader, organisation));
        }

        if (e.User is { } user)
        {
            headers.Add((RecordedOrigin.UserHeader, user));
        }

        if (e.IdempotencyKey is { } key)
        {
            headers.Add((RecordedOrigin.IdempotencyKeyHeader, key));
        }

        return headers;
    }

    /// <summary>Headers as canonical JSON: keys in ordinal order.</summary>
    private static void Write(Utf8JsonWriter writer, List<(string Name, string Value)> headers)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in headers.OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
    }

    private static byte[] HeadersJson(List<(string Name, string Value)> headers)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, CanonicalJson.WriterOptions))
        {
            Write(writer, headers);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
