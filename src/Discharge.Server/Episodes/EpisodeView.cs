using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using JasperFx.Events;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>
/// What a hospital or council sees of one episode's notices: the <see cref="Episode"/> folded from its events when read. The read fetches
/// the (short) stream anyway for the live liability, so a stored copy would only add work to every command.
/// </summary>
public sealed class EpisodeView
{
    public Guid Id { get; init; }

    public string NhsBody { get; init; } = "";

    public string Council { get; init; } = "";

    /// <summary>The council responsible now (after any transfer of responsibility).</summary>
    public string ResponsibleCouncil { get; init; } = "";

    public string? PatientName { get; init; }

    public Instant? AssessmentNoticeDeliveredAt { get; init; }

    public Instant? DischargeNoticeDeliveredAt { get; init; }

    public LocalDate? ProposedDischargeDate { get; init; }

    public LocalDate? LeftHospitalOn { get; init; }

    public string Status { get; init; } = "";

    public List<Acknowledgement> Acknowledgements { get; init; } = [];

    /// <summary>
    /// The view of an episode, or null when there is none (no assessment notice). Each acknowledgement carries the
    /// metadata of the event that recorded it, found by its version in the stream the episode was folded from.
    /// </summary>
    public static EpisodeView? From(Episode episode, IReadOnlyList<IEvent> stream) => episode.Header is not { } header ? null : new EpisodeView
    {
        Id = episode.Id,
        NhsBody = header.NhsBody,
        Council = header.Council,
        ResponsibleCouncil = episode.ResponsibleCouncil!,
        PatientName = episode.PatientName,
        AssessmentNoticeDeliveredAt = episode.AssessmentNotice?.DeliveredAt,
        DischargeNoticeDeliveredAt = episode.DischargeNotice?.DeliveredAt,
        ProposedDischargeDate = episode.DischargeNotice?.ProposedDischargeDate,
        LeftHospitalOn = episode.DepartedOn,
        Status = StatusOf(episode),
        Acknowledgements = [.. episode.Acknowledgements.Select(a => Acknowledgement.Of(a.Acknowledgement, stream[(int)a.Version - 1]))],
    };

    private static string StatusOf(Episode episode) => episode.Departure?.How switch
    {
        DepartureKind.Discharged => "discharged",
        DepartureKind.SelfDischarged => "self-discharged",
        DepartureKind.Died => "died",
        _ => episode.DischargeNotice is not null ? "discharge-notice-in-force"
            : episode.AssessmentNotice is not null ? "assessment-notice-in-force"
            : "no-notice-in-force",
    };
}

/// <summary>
/// A council's answer to a notice: when it says it answered (<see cref="At"/>), and who sent it and when the service
/// received it, from the command's recorded metadata (null for an event recorded without it).
/// </summary>
public sealed record Acknowledgement(
    NoticeKind Notice, NoticeResponse Response, string? Reason, Instant At, string? Organisation, string? User, Instant? ReceivedAt)
{
    public static Acknowledgement Of(NoticeAcknowledged acknowledgement, IEvent recorded)
    {
        var origin = RecordedOrigin.Of(recorded);
        return new(acknowledgement.Notice, acknowledgement.Response, acknowledgement.Reason, acknowledgement.At, origin.Organisation, origin.User, origin.ReceivedAt);
    }
}
