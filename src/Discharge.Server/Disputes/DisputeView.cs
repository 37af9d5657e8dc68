using Discharge.Domain.Disputes;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Server.Disputes;

/// <summary>
/// A dispute as its two sides read it: what is disputed and on what grounds, the answer, the panel's course with its
/// statutory deadlines and whether one was missed, and the days given up so far.
/// </summary>
public sealed record DisputeView(
    Guid Id,
    DisputeState State,
    Guid StatementId,
    string NhsBody,
    string Council,
    BillingMonth Month,
    Guid EpisodeId,
    string PatientReference,
    DisputeGrounds Grounds,
    string Detail,
    IReadOnlyList<DisputedDay> Days,
    decimal DisputedAmount,
    Instant RaisedAt,
    DisputeAnswered? Answer,
    PanelRequested? PanelRequest,
    PanelAppointed? Panel,
    PanelRecommended? Recommendation,
    IReadOnlyList<RecommendationAnswered> RecommendationAnswers,
    LocalDate? NextDeadline,
    bool AppointmentOverdue,
    bool RecommendationOverdue,
    IReadOnlyList<LocalDate> ConcededDays,
    decimal ConcededAmount)
{
    public static DisputeView Of(Dispute dispute)
    {
        var conceded = dispute.Concessions().Select(c => c.Day.Date).Order().ToList();
        return new DisputeView(
            dispute.Id,
            dispute.State,
            dispute.Raised.StatementId,
            dispute.NhsBody,
            dispute.Council,
            dispute.Raised.Month,
            dispute.Raised.EpisodeId,
            dispute.Raised.PatientReference,
            dispute.Raised.Grounds,
            dispute.Raised.Detail,
            dispute.Raised.Days,
            dispute.Raised.Days.Sum(d => d.Amount),
            dispute.Raised.RaisedAt,
            dispute.Answer,
            dispute.PanelRequest,
            dispute.Panel,
            dispute.Recommendation,
            dispute.RecommendationAnswers,
            dispute.NextDeadline,
            dispute.AppointmentOverdue,
            dispute.RecommendationOverdue,
            conceded,
            dispute.Raised.Days.Where(d => conceded.Contains(d.Date)).Sum(d => d.Amount));
    }
}
