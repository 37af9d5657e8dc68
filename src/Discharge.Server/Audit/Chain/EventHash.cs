using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using JasperFx.Events;
using Marten;

namespace Discharge.Server.Audit.Chain;

/// <summary>
/// What an event's hash covers: where it sits (stream and version), what it is (id, type, data) and who sent it when
/// (the headers: organisation, user, receivedAt, idempotency key; and the correlation and causation columns; the user is
/// a header, as Marten keeps no user column here).
/// The store's own timestamp and sequence number are left out: PostgreSQL assigns them after the hash is taken.
/// </summary>
internal sealed record EventContent(
    Guid StreamId, long Version, Guid EventId, string Type, string DataJson, string? HeadersJson, string? CorrelationId, string? CausationId)
{
    /// <summary>An event about to be appended at <paramref name="version"/>, its data and headers as the store will serialize them.</summary>
    public static EventContent Of(Guid streamId, long version, IEvent e, ISerializer serializer) => new(
        streamId,
        version,
        e.Id,
        e.EventTypeName ?? throw new InvalidOperationException($"An event of type {e.EventType.Name} has no stored type name yet."),
        serializer.ToJson(e.Data),
        e.Headers is null ? null : serializer.ToJson(e.Headers),
        e.CorrelationId,
        e.CausationId);
}

/// <summary>SHA-256 over the canonical JSON of an event's content and the hash of the event before it in its stream.</summary>
internal static class EventHash
{
    /// <summary>The header that carries an event's hash; it is not part of what it covers.</summary>
    public const string Header = "chainHash";

    /// <summary>What the first event of a stream follows.</summary>
    public const string Genesis = "";

    public static string Compute(EventContent e, string previous) => Compute(
        e, previous, writer => CanonicalJson.WriteObject(writer, e.DataJson), writer => CanonicalJson.WriteObject(writer, e.HeadersJson, omitted: Header));

    /// <summary>
    /// The hash of <paramref name="e"/>, its data and headers written by <paramref name="writeData"/> and
    /// <paramref name="writeHeaders"/>, which must write them canonically (a writer that already holds them so need not parse them again).
    /// </summary>
    public static string Compute(EventContent e, string previous, Action<Utf8JsonWriter> writeData, Action<Utf8JsonWriter> writeHeaders)
    {
        var buffer = new ArrayBufferWriter<byte>(e.DataJson.Length + 512);
        using (var writer = new Utf8JsonWriter(buffer, CanonicalJson.WriterOptions))
        {
            // Keys in ordinal order: the input is itself canonical JSON, so no two contents share a spelling.
            writer.WriteStartObject();
            writer.WriteString("causationId", e.CausationId);
            writer.WriteString("correlationId", e.CorrelationId);
            writer.WritePropertyName("data");
            writeData(writer);
            writer.WriteString("eventId", e.EventId);
            writer.WritePropertyName("headers");
            writeHeaders(writer);
            writer.WriteString("previous", previous);
            writer.WriteString("stream", e.StreamId);
            writer.WriteString("type", e.Type);
            writer.WriteNumber("version", e.Version);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>The hash an event carries, as appended or as read back (a header read back is a JSON element).</summary>
    public static string? Of(IEvent e) => e.Headers is { } headers && headers.TryGetValue(Header, out var value) ? value?.ToString() : null;
}
