using System.Text.Json;
using JasperFx.Events;
using Marten;
using NodaTime;

namespace Discharge.Server.Audit.Export;

/// <summary>
/// One line of an export: an event as the store holds it, so that another store can append it again. <see cref="Data"/> is
/// the stored JSON of the event, whose .NET type is <see cref="DotNetType"/> and Marten alias <see cref="Type"/>; it goes
/// to stream <see cref="StreamId"/> at <see cref="Version"/>, with <see cref="Headers"/> (organisation, user,
/// receivedAt, idempotencyKey, as each command recorded them) and the correlation and causation ids. <see cref="Sequence"/>
/// and <see cref="Timestamp"/> are the source store's, for ordering and audit; an importing store assigns its own.
/// </summary>
public sealed record ExportedEvent(
    long Sequence,
    Guid Id,
    Guid StreamId,
    long Version,
    string Type,
    string DotNetType,
    Instant Timestamp,
    string? CorrelationId,
    string? CausationId,
    IReadOnlyDictionary<string, object>? Headers,
    JsonElement Data)
{
    /// <summary>The event with its data written by the store's own serializer, as it is stored.</summary>
    public static ExportedEvent From(IEvent stored, ISerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(serializer);
        return new ExportedEvent(
            stored.Sequence,
            stored.Id,
            stored.StreamId,
            stored.Version,
            stored.EventTypeName,
            stored.DotNetTypeName,
            Instant.FromDateTimeOffset(stored.Timestamp),
            stored.CorrelationId,
            stored.CausationId,
            stored.Headers,
            JsonSerializer.Deserialize<JsonElement>(serializer.ToJson(stored.Data)));
    }
}
