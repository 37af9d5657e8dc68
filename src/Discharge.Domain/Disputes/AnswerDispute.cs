using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>
/// The NHS body answers a dispute once: it accepts (gives up every disputed day), accepts part (the days named), or
/// rejects, with its reasons. Days given up are credited by an adjustment on its next statement.
/// </summary>
public sealed record AnswerDispute(DisputeOutcome? Outcome, string? Reason, IReadOnlyList<LocalDate>? Days)
{
    public MoneyOutcome Decide(Guid disputeId, Dispute? dispute, DecisionContext context)
    {
        if (dispute is null)
        {
            return DisputeChecks.NotFound(disputeId);
        }

        var outcome = Outcome!.Value;
        var (accepted, wrongDays) = AnsweredDays.Of(outcome, Days, [.. dispute.Raised.Days.Select(d => d.Date)], "disputed");
        if ((MoneyChecks.SentBy(dispute.NhsBody, "the NHS body that issued the statement", context) ?? Unanswered(dispute) ?? wrongDays) is { } refused)
        {
            return refused;
        }

        return MoneyOutcome.Record(new StreamEvent(disputeId, new DisputeAnswered(outcome, Reason, accepted, context.Now)));
    }

    private static Refusal? Unanswered(Dispute dispute) => dispute.Answer is null
        ? null
        : Refusal.OutOfSequence(
            "dispute-already-answered",
            "The dispute has been answered.",
            $"The NHS body answered '{dispute.Answer.Outcome}' on {dispute.Answer.AnsweredAt}. A 2003-Act dispute not wholly accepted may go to a panel.",
            "docs/rules.md#9-disputes");
}
