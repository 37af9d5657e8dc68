using Discharge.Domain.Calendar;
using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>What a recorded event can mean for liability.</summary>
public enum LiabilityFactKind
{
    AssessmentNoticeGiven,
    DischargeNoticeGiven,
    AssessmentNoticeWithdrawn,
    DischargeNoticeWithdrawn,
    PaymentRequired,
    ServicesInPlace,
    NhsServiceAwaited,
    PatientChoice,
    CareSettingChanged,
    ResponsibilityTransferred,
    Departure,
}

/// <summary>
/// One recorded event as the liability engine reads it, written by the episode's fold (<see cref="Episode"/>), so
/// that an event's meaning is read in one place. A notice, withdrawal or payment requirement counts from when it was
/// delivered (<see cref="DeliveredAt"/>); any other fact from its <see cref="Day"/>, a span of days to
/// <see cref="Until"/>. <see cref="Index"/> is the event's place in the episode's history, which the engine's answer
/// names for a defective notice or a period's notices. A struct, so that the engine reads a history without allocating.
/// </summary>
public readonly record struct LiabilityFact(LiabilityFactKind Kind, int Index)
{
    public Instant DeliveredAt { get; init; }

    /// <summary>The day a dated fact happened on, or a span's first day.</summary>
    public LocalDate Day { get; init; }

    /// <summary>A span's last day, inclusive.</summary>
    public LocalDate Until { get; init; }

    public LocalDate ProposedDischargeDate { get; init; }

    /// <summary>The council that took over responsibility.</summary>
    public string? Council { get; init; }

    public CareSetting Setting { get; init; }

    public DepartureKind How { get; init; }

    /// <summary>Whether this is a notice, withdrawal or payment requirement: delivered at an instant, not dated.</summary>
    public bool IsDelivered => Kind <= LiabilityFactKind.PaymentRequired;

    /// <summary>
    /// True when the fact had happened by the end of <paramref name="asOf"/> (always without one). A delivered notice
    /// counts from the local day of its delivery, whatever the cut-off; a span counts from its first day.
    /// </summary>
    public bool HappenedBy(LocalDate? asOf, NoticeTiming timing) =>
        asOf is not { } day || (IsDelivered ? timing.LocalDate(DeliveredAt) : Day) <= day;

    public static LiabilityFact Delivered(LiabilityFactKind kind, int index, Instant at) => new(kind, index) { DeliveredAt = at };

    public static LiabilityFact Dated(LiabilityFactKind kind, int index, LocalDate day) => new(kind, index) { Day = day };

    public static LiabilityFact Span(LiabilityFactKind kind, int index, LocalDate from, LocalDate until) =>
        new(kind, index) { Day = from, Until = until };
}
