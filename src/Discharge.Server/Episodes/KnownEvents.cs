using Discharge.Server.Commands;
using JasperFx.Events;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>
/// The part of a stream the service knew at an instant (an auditor's <c>knownAt</c>), judged by when the service
/// received each event (the <c>receivedAt</c> header, the service's clock), not by Marten's timestamp, which is the
/// database's clock: the dates in every answer, the receipts and the audit log go by the service's clock, which the
/// tests control, and two clocks would disagree about what came first.
/// </summary>
public static class KnownEvents
{
    /// <summary>
    /// The events up to the first one received after <paramref name="knownAt"/>. A prefix, never a filter: events
    /// are committed in version order and each after it was received, so once one was received later, it and every
    /// event after it were stored after the instant. So an event received before the instant but after a command
    /// that lost a race to it (and decided again) is left out with that later one.
    /// </summary>
    public static IReadOnlyList<IEvent> At(IReadOnlyList<IEvent> stream, Instant knownAt) =>
        [.. stream.TakeWhile(e => RecordedOrigin.ReceivedOrStored(e) <= knownAt)];
}
