using Discharge.Server.Commands;
using Discharge.Server.Hosting;
using JasperFx.Events;
using NodaTime;

namespace Discharge.Server.Audit;

/// <summary>
/// One event of an episode's stream as an auditor reads it: its place in the whole log (<see cref="Sequence"/>) and
/// in the stream (<see cref="Version"/>), its type (the event's name in kebab case, as stable as the API's own names),
/// its data as the API writes JSON, and who recorded it and when.
/// </summary>
/// <param name="RecordedBy">
/// <c>sender</c>: a hospital or council's command, whose <see cref="Organisation"/> and <see cref="User"/> come from its
/// token; <c>service</c>: recorded by the service itself (the scheduled liability check), with no organisation, user or
/// idempotency key, received at the moment the service recorded it.
/// </param>
public sealed record RecordedEvent(
    long Sequence,
    long Version,
    string Type,
    object Data,
    Instant? ReceivedAt,
    string RecordedBy,
    string? Organisation,
    string? User,
    string? CorrelationId,
    string? IdempotencyKey)
{
    public const string BySender = "sender";
    public const string ByService = "service";

    public static RecordedEvent Of(IEvent recorded)
    {
        var origin = RecordedOrigin.Of(recorded);
        return new RecordedEvent(
            recorded.Sequence,
            recorded.Version,
            DischargeJson.EnumNaming.ConvertName(recorded.Data.GetType().Name),
            recorded.Data,
            origin.ReceivedAt,
            origin.Organisation is null ? ByService : BySender,
            origin.Organisation,
            origin.User,
            origin.CorrelationId,
            origin.IdempotencyKey);
    }
}
