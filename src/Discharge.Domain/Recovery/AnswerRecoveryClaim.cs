using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Recovery;

/// <summary>
/// The council that took over answers a recovery claim once, as an NHS body answers a dispute: accept (repay every
/// day), accept part (the days named) or reject, with its reasons. Between councils, the days accepted are the adjustment.
/// </summary>
public sealed record AnswerRecoveryClaim(DisputeOutcome? Outcome, string? Reason, IReadOnlyList<LocalDate>? Days)
{
    public MoneyOutcome Decide(Guid claimId, RecoveryClaim? claim, DecisionContext context)
    {
        if (claim is null)
        {
            return NotFound(claimId);
        }

        var outcome = Outcome!.Value;
        var (accepted, wrongDays) = AnsweredDays.Of(outcome, Days, [.. claim.Claimed.Days.Select(d => d.Date)], "claimed");
        if ((MoneyChecks.SentBy(claim.Respondent, "the council that took over the episode", context) ?? Unanswered(claim) ?? wrongDays) is { } refused)
        {
            return refused;
        }

        return MoneyOutcome.Record(new StreamEvent(claimId, new RecoveryAnswered(outcome, Reason, accepted, context.Now)));
    }

    public static Refusal NotFound(Guid claimId) => new(
        RefusalKind.NotFound,
        "recovery-claim-not-found",
        "There is no such recovery claim.",
        $"No recovery claim {claimId} has been made. A council makes one with POST /recovery-claims.",
        Citation: null);

    private static Refusal? Unanswered(RecoveryClaim claim) => claim.Answer is null
        ? null
        : Refusal.OutOfSequence(
            "recovery-claim-already-answered",
            "The claim has been answered.",
            $"{claim.Respondent} answered '{claim.Answer.Outcome}' on {claim.Answer.AnsweredAt}.",
            "docs/rules.md#10-recovery-claims");
}
