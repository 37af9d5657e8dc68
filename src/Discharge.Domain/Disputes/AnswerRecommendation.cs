using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;

namespace Discharge.Domain.Disputes;

/// <summary>
/// Each side says once whether it accepts the panel's recommendation. A recommendation both accept gives up its days,
/// credited by an adjustment on the NHS body's next statement (rules.md §5.1).
/// </summary>
public sealed record AnswerRecommendation(bool? Accept)
{
    public MoneyOutcome Decide(Guid disputeId, Dispute? dispute, DecisionContext context)
    {
        if (dispute is null)
        {
            return DisputeChecks.NotFound(disputeId);
        }

        if ((DisputeChecks.SentByASide(dispute, context) ?? Awaited(dispute, context.Sender)) is { } refused)
        {
            return refused;
        }

        return MoneyOutcome.Record(new StreamEvent(disputeId, new RecommendationAnswered(context.Sender, Accept!.Value, context.Now)));
    }

    private static Refusal? Awaited(Dispute dispute, string side) =>
        dispute.Recommendation is null ? Refusal.OutOfSequence(
            "no-recommendation",
            "The panel has not recommended.",
            "Record the panel's recommendation first: POST /disputes/{id}/panel-recommendation.",
            "2003 Regs reg 16")
        : dispute.RecommendationAnswers.Any(a => a.Party == side) ? Refusal.OutOfSequence(
            "recommendation-already-answered",
            "This side has already answered the recommendation.",
            $"{side} answered on {dispute.RecommendationAnswers.First(a => a.Party == side).AnsweredAt}.",
            "2003 Regs reg 16")
        : null;
}
