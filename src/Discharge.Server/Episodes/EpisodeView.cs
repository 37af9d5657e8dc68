using Discharge.Domain.Episodes;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>What a hospital or council sees of one episode's notices, kept up to date inline with its events.</summary>
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

    public List<string> Acknowledgements { get; set; } = [];

    public static EpisodeView Create(AssessmentNoticeGiven notice) => new EpisodeView
    {
        NhsBody = notice.NhsBody,
        Council = notice.Council,
        ResponsibleCouncil = notice.Council,
    }.With(notice);

    public void Apply(AssessmentNoticeGiven notice) => With(notice);

    public void Apply(DischargeNoticeGiven notice)
    {
        DischargeNoticeDeliveredAt = notice.DeliveredAt;
        ProposedDischargeDate = notice.ProposedDischargeDate;
        Status = "discharge-notice-in-force";
    }

    public void Apply(AssessmentNoticeWithdrawn _)
    {
        AssessmentNoticeDeliveredAt = null;
        WithdrawDischargeNotice();
        Status = "no-notice-in-force";
    }

    public void Apply(DischargeNoticeWithdrawn _)
    {
        WithdrawDischargeNotice();
        Status = "assessment-notice-in-force";
    }

    public void Apply(ResponsibilityTransferred transfer) => ResponsibleCouncil = transfer.ToCouncil;

    public void Apply(NoticeAcknowledged acknowledgement) =>
        Acknowledgements.Add($"{acknowledgement.Notice} notice: {acknowledgement.Response}{(acknowledgement.Reason is { } reason ? " (" + reason + ")" : "")}");

    public void Apply(PatientDischarged left) => Leave(left.On, "discharged");

    public void Apply(PatientSelfDischarged left) => Leave(left.On, "self-discharged");

    public void Apply(PatientDied left) => Leave(left.On, "died");

    private EpisodeView With(AssessmentNoticeGiven notice)
    {
        AssessmentNoticeDeliveredAt = notice.DeliveredAt;
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
