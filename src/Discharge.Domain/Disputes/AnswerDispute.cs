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
        var accepted = outcome switch
        {
            DisputeOutcome.Accept => [.. dispute.Raised.Days.Select(d => d.Date)],
            DisputeOutcome.AcceptPart => Days?.Distinct().Order().ToList() ?? [],
            _ => new List<LocalDate>(),
        };
        if ((MoneyChecks.SentBy(dispute.NhsBody, "the NHS body that issued the statement", context)
            ?? Unanswered(dispute)
            ?? DisputeChecks.AmongDisputed("days", accepted, dispute)
            ?? SomeButNotAll(outcome, accepted, dispute)) is { } refused)
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

    private static Refusal? SomeButNotAll(DisputeOutcome outcome, List<LocalDate> accepted, Dispute dispute) =>
        outcome != DisputeOutcome.AcceptPart || (accepted.Count > 0 && accepted.Count < dispute.Raised.Days.Count)
            ? null
            : Refusal.RuleBroken(
                "accept-part-needs-days",
                "Accepting part of a dispute names some of its days, not none or all.",
                $"days: name from 1 to {dispute.Raised.Days.Count - 1} of the disputed days; answer 'accept' to give up all of them, 'reject' for none.");
}
