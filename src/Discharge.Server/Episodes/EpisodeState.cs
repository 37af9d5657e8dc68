using Discharge.Domain.Episodes;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>
/// Where an episode stands, folded from its history: which notices are in force, whether the patient has left,
/// whether an NHS service is being awaited. Commands check their sequence rules against it.
/// </summary>
public sealed class EpisodeState
{
    public bool Exists { get; private set; }

    public EpisodeHeader? Header { get; private set; }

    public AssessmentNoticeGiven? AssessmentNotice { get; private set; }

    public DischargeNoticeGiven? DischargeNotice { get; private set; }

    /// <summary>The first assessment notice's delivery: nothing about the patient can be dated before it.</summary>
    public Instant? FirstNoticeAt { get; private set; }

    /// <summary>When the latest withdrawal was delivered: a new notice cannot be dated before it.</summary>
    public Instant? LastWithdrawalAt { get; private set; }

    public LocalDate? DepartedOn { get; private set; }

    public LocalDate? NhsServiceAwaitedFrom { get; private set; }

    /// <summary>The council that took over responsibility (ordinary residence), if any.</summary>
    public string? TransferredTo { get; private set; }

    public static EpisodeState From(IEnumerable<object> history)
    {
        var state = new EpisodeState();
        foreach (var e in history)
        {
            state.Apply(e);
        }

        return state;
    }

    private void Apply(object e)
    {
        Exists = true;
        switch (e)
        {
            case AssessmentNoticeGiven notice:
                AssessmentNotice = notice;
                // Only a lapsed notice is replaced without a withdrawal; its discharge notice lapsed with it (rules.md §3.6).
                DischargeNotice = null;
                FirstNoticeAt ??= notice.DeliveredAt;
                Header ??= new EpisodeHeader(notice.NhsBody, notice.Council);
                break;
            case DischargeNoticeGiven notice:
                DischargeNotice = notice;
                break;
            case AssessmentNoticeWithdrawn withdrawal:
                AssessmentNotice = null;
                DischargeNotice = null;
                LastWithdrawalAt = withdrawal.DeliveredAt;
                break;
            case DischargeNoticeWithdrawn withdrawal:
                DischargeNotice = null;
                LastWithdrawalAt = withdrawal.DeliveredAt;
                break;
            case PatientDischarged d:
                DepartedOn = d.On;
                break;
            case PatientSelfDischarged d:
                DepartedOn = d.On;
                break;
            case PatientDied d:
                DepartedOn = d.On;
                break;
            case NhsServiceAwaitingStarted awaiting:
                NhsServiceAwaitedFrom = awaiting.From;
                break;
            case NhsServiceBecameAvailable:
                NhsServiceAwaitedFrom = null;
                break;
            case ResponsibilityTransferred transfer:
                TransferredTo = transfer.ToCouncil;
                break;
        }
    }
}
