using JasperFx.Events;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Commands;

/// <summary>
/// Who recorded an event and when, read back from the headers <see cref="CommandRecording.StampMetadata"/> stamps. An
/// event the service records on its own (the scheduled liability check) has a <see cref="ReceivedAt"/> but no sender.
/// </summary>
public sealed record RecordedOrigin(Instant? ReceivedAt, string? Organisation, string? User, string? CorrelationId, string? IdempotencyKey)
{
    public const string ReceivedAtHeader = "receivedAt";
    public const string OrganisationHeader = "organisation";
    public const string UserHeader = "user";
    public const string IdempotencyKeyHeader = "idempotencyKey";

    public static RecordedOrigin Of(IEvent recorded) => new(
        ReceivedAtOf(recorded.GetHeader(ReceivedAtHeader)),
        recorded.GetHeader(OrganisationHeader)?.ToString(),
        recorded.GetHeader(UserHeader)?.ToString(),
        recorded.CorrelationId,
        recorded.GetHeader(IdempotencyKeyHeader)?.ToString());

    /// <summary>
    /// When the service took the event in, by its own clock; for an event stored without the header (none is, since
    /// every writer stamps it), the database's timestamp, the only instant there is.
    /// </summary>
    public static Instant ReceivedOrStored(IEvent recorded) =>
        ReceivedAtOf(recorded.GetHeader(ReceivedAtHeader)) ?? Instant.FromDateTimeOffset(recorded.Timestamp);

    /// <summary>The executor stores the instant as ISO text, which Marten reads back as a DateTime of that instant.</summary>
    private static Instant? ReceivedAtOf(object? header) => header switch
    {
        DateTime { Kind: DateTimeKind.Local } local => Instant.FromDateTimeUtc(local.ToUniversalTime()),
        DateTime utc => Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        not null when InstantPattern.ExtendedIso.Parse(header.ToString()!) is { Success: true } parsed => parsed.Value,
        _ => null,
    };
}
