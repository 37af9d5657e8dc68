using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;

namespace Discharge.Domain.Recovery;

/// <summary>
/// The council first notified of an episode whose responsibility passed to another council claims from that council
/// what it was billed for the episode's days before the switch (2003 Regs reg 18(4); 2014 Regs reg 12; A7). Once per
/// episode; the claim is answered as a dispute is.
/// </summary>
public sealed record ClaimRecovery(Guid? EpisodeId, string? Detail)
{
    /// <summary>
    /// Decides on the episode and the statements its NHS body issued to the claimant (<paramref name="billed"/>);
    /// <paramref name="claimedBefore"/> when the claimant has claimed the episode already.
    /// </summary>
    public MoneyOutcome Decide(Episode episode, IReadOnlyList<Statement> billed, bool claimedBefore, DecisionContext context)
    {
        if (episode.Header is not { } header)
        {
            return EpisodeChecks.NotFound(episode.Id);
        }

        if (MoneyChecks.SentBy(header.Council, "the council first notified of the episode", context) is { } notTheClaimant)
        {
            return notTheClaimant;
        }

        if (episode is not { TransferredTo: { } respondent, TransferredOn: { } switched })
        {
            return Refusal.RuleBroken(
                "no-transfer-of-responsibility",
                "Responsibility for the episode never passed to another council.",
                $"Only a council that handed over an episode (reg 18; reg 12) recovers what it was billed; {header.Council} is still responsible.",
                "docs/rules.md#10-recovery-claims");
        }

        var id = RecoveryClaimId.For(episode.Id, header.Council);
        if (claimedBefore)
        {
            return Refusal.OutOfSequence(
                "already-claimed",
                "The episode has already been claimed.",
                $"{header.Council} claimed episode {episode.Id} from {respondent} already (claim {id}).",
                "docs/rules.md#10-recovery-claims");
        }

        var days = billed
            .SelectMany(s => BilledDays.Of(s, billed).Select(d => (Statement: s.Id, d.Day, d.Line, d.Net)))
            .Where(d => d.Day.EpisodeId == episode.Id && d.Day.Date < switched && d.Net > 0m && d.Line is not null)
            .Select(d => new ClaimedDay(d.Day.Date, d.Statement, d.Line!.Value, d.Net))
            .OrderBy(d => d.Date)
            .ToList();
        if (days.Count == 0)
        {
            return Refusal.RuleBroken(
                "nothing-billed",
                "The claimant has not been billed for the episode.",
                $"No statement of {header.NhsBody} to {header.Council} bills a day of episode {episode.Id} before {switched:yyyy-MM-dd} that has not been credited.",
                "docs/rules.md#10-recovery-claims");
        }

        return MoneyOutcome.Record(new StreamEvent(
            id,
            new RecoveryClaimed(id, episode.Id, header.NhsBody, header.Council, respondent, switched, days, Detail, context.Now),
            StartsStream: true));
    }
}
