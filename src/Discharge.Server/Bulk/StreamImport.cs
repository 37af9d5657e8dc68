using NodaTime;

namespace Discharge.Server.Bulk;

/// <summary>
/// One event of a history written in bulk, with what a command would have stamped on it: when the service took it in,
/// and who sent it (none for the service's own events, such as the liability check's).
/// </summary>
public sealed record ImportedEvent(Guid Id, object Data, Instant ReceivedAt, string? Organisation, string? User, string? IdempotencyKey, string? CorrelationId);

/// <summary>A whole stream, written at once from version 1.</summary>
public sealed record StreamImport(Guid Id, IReadOnlyList<ImportedEvent> Events);
