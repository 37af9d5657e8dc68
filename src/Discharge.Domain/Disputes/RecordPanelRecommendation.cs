using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>
/// Either side records the panel's recommendation: not binding (2003 Regs reg 16), it names the disputed days the NHS
/// body should give up; they are given up once both sides accept it.
/// </summary>
public sealed record RecordPanelRecommendation(LocalDate? RecommendedOn, string? Recommendation, IReadOnlyList<LocalDate>? ConcededDays)
{
    public MoneyOutcome Decide(Guid disputeId, Dispute? dispute, DecisionContext context)
    {
        if (dispute is null)
        {
            return DisputeChecks.NotFound(disputeId);
        }

        var recommendedOn = RecommendedOn!.Value;
        var conceded = ConcededDays?.Distinct().Order().ToList() ?? [];
        if ((DisputeChecks.SentByASide(dispute, context)
            ?? Appointed(dispute)
            ?? DisputeChecks.Plausible("recommendedOn", recommendedOn, dispute, context)
            ?? AnsweredDays.Among("concededDays", conceded, dispute.Raised.Days.Select(d => d.Date), "disputed")) is { } refused)
        {
            return refused;
        }

        if (recommendedOn < dispute.Panel!.AppointedOn)
        {
            return Refusal.RuleBroken(
                "recommended-before-appointment",
                "The panel cannot recommend before it was appointed.",
                $"recommendedOn {recommendedOn:yyyy-MM-dd} is before the panel was appointed on {dispute.Panel.AppointedOn:yyyy-MM-dd}.");
        }

        return MoneyOutcome.Record(new StreamEvent(disputeId, new PanelRecommended(recommendedOn, Recommendation!, conceded, context.Now)));
    }

    private static Refusal? Appointed(Dispute dispute) =>
        dispute.Panel is null ? Refusal.OutOfSequence(
            "no-panel-appointed",
            "No panel has been appointed.",
            "Record the panel's appointment first: POST /disputes/{id}/panel-appointment.",
            "2003 Regs reg 16")
        : dispute.Recommendation is not null ? Refusal.OutOfSequence(
            "panel-already-recommended",
            "The panel has already recommended.",
            $"It recommended on {dispute.Recommendation.RecommendedOn:yyyy-MM-dd}.",
            "2003 Regs reg 16")
        : null;
}
