using Discharge.Domain.Episodes;
using JasperFx.Events;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Episodes;

/// <summary>
/// What a hospital or council sees of one episode's notices, folded from its events when read. The read fetches
/// the (short) stream anyway for the live liability, so a stored copy would only add work to every command.
/// </summary>
public sealed class EpisodeView
{
    public Guid Id { get; set; }

    public string NhsBody { get; set; } = "";

    public string Council { get; set; } = "";

    /// <summary>The council responsible now (after any transfer of responsibility).</summary>
    public string ResponsibleCouncil { get; set; } = "";

    public string? PatientName { get; set; }

    public Instant? AssessmentNoticeDeliveredAt { get; set; }

    public Instant? DischargeNoticeDeliveredAt { get; set; }

    public LocalDate? ProposedDischargeDate { get; set; }

    public LocalDate? LeftHospitalOn { get; set; }

    public string Status { get; set; } = "";

    public List<Acknowledgement> Acknowledgements { get; set; } = [];

    /// <summary>The view of an episode's events in order, or null when there is no episode (no assessment notice).</summary>
    public static EpisodeView? From(Guid id, IEnumerable<IEvent> events)
    {
        EpisodeView? view = null;
        foreach (var recorded in events)
        {
            if (view is not null)
            {
                view.Apply(recorded);
            }
            else if (recorded.Data is AssessmentNoticeGiven first)
            {
                view = new EpisodeView { Id = id, NhsBody = first.NhsBody, Council = first.Council, ResponsibleCouncil = first.Council }.With(first);
            }
        }

        return view;
    }

    private void Apply(IEvent recorded)
    {
        switch (recorded.Data)
        {
            case AssessmentNoticeGiven notice:
                With(notice);
                break;
            case DischargeNoticeGiven notice:
                DischargeNoticeDeliveredAt = notice.DeliveredAt;
                ProposedDischargeDate = notice.ProposedDischargeDate;
                Status = "discharge-notice-in-force";
                break;
            case AssessmentNoticeWithdrawn:
                AssessmentNoticeDeliveredAt = null;
                WithdrawDischargeNotice();
                Status = "no-notice-in-force";
                break;
            case DischargeNoticeWithdrawn:
                WithdrawDischargeNotice();
                Status = "assessment-notice-in-force";
                break;
            case ResponsibilityTransferred transfer:
                ResponsibleCouncil = transfer.ToCouncil;
                break;
            case NoticeAcknowledged acknowledgement:
                Acknowledgements.Add(Acknowledgement.Of(acknowledgement, recorded));
                break;
            case PatientDischarged left:
                Leave(left.On, "discharged");
                break;
            case PatientSelfDischarged left:
                Leave(left.On, "self-discharged");
                break;
            case PatientDied left:
                Leave(left.On, "died");
                break;
        }
    }

    private EpisodeView With(AssessmentNoticeGiven notice)
    {
        AssessmentNoticeDeliveredAt = notice.DeliveredAt;
        // A Care Act notice replacing a lapsed 2003 one leaves no discharge notice in force (rules.md §3.6).
        WithdrawDischargeNotice();
        PatientName = notice.Contents?.Patient.Name ?? PatientName;
        Status = "assessment-notice-in-force";
        return this;
    }

    private void WithdrawDischargeNotice()
    {
        DischargeNoticeDeliveredAt = null;
        ProposedDischargeDate = null;
    }

    private void Leave(LocalDate on, string how)
    {
        LeftHospitalOn = on;
        Status = how;
    }
}

/// <summary>
/// A council's answer to a notice: when it says it answered (<see cref="At"/>), and who sent it and when the service
/// received it, from the command's recorded metadata (null for an event recorded without it).
/// </summary>
public sealed record Acknowledgement(
    NoticeKind Notice, NoticeResponse Response, string? Reason, Instant At, string? Organisation, string? User, Instant? ReceivedAt)
{
    public static Acknowledgement Of(NoticeAcknowledged acknowledgement, IEvent recorded) => new(
        acknowledgement.Notice,
        acknowledgement.Response,
        acknowledgement.Reason,
        acknowledgement.At,
        recorded.GetHeader("organisation")?.ToString(),
        recorded.GetHeader("user")?.ToString(),
        ReceivedAtOf(recorded.GetHeader("receivedAt")));

    /// <summary>The executor stores the instant as ISO text, which Marten reads back as a DateTime of that instant.</summary>
    private static Instant? ReceivedAtOf(object? header) => header switch
    {
        DateTime { Kind: DateTimeKind.Local } local => Instant.FromDateTimeUtc(local.ToUniversalTime()),
        DateTime utc => Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        not null when InstantPattern.ExtendedIso.Parse(header.ToString()!) is { Success: true } parsed => parsed.Value,
        _ => null,
    };
}
