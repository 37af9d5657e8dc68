using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Liability;

namespace Discharge.Domain.Statements;

/// <summary>
/// The NHS body bills <paramref name="Council"/> for <paramref name="Month"/> once it has ended: the month's chargeable
/// days by episode, the corrections of its earlier statements to the council, and the Care Act days it has not required
/// payment for, listed apart and not billed (rules.md §3.2, A12; §5.3).
/// </summary>
public sealed record IssueStatement(string Council, BillingMonth Month)
{
    /// <summary>
    /// Decides for the NHS body <paramref name="nhsBody"/>. <paramref name="account"/> is every statement it has issued to the
    /// council, with the days conceded in disputes; <paramref name="episodes"/> the current liability of every episode
    /// with days for the council in the month or on an issued statement.
    /// </summary>
    public MoneyOutcome Decide(string nhsBody, StatementAccount account, IReadOnlyDictionary<Guid, EpisodeCharges> episodes, DecisionContext context)
    {
        var id = StatementId.For(nhsBody, Council, Month);
        if ((MoneyChecks.SentBy(nhsBody, "the NHS body whose statement it is", context)
            ?? RegisterChecks.KnownCouncil(Council, day: null, context.Rules)
            ?? MonthEnded(context)) is { } refused)
        {
            return refused;
        }

        if (account.Statements.Any(s => s.Id == id))
        {
            return Refusal.OutOfSequence(
                "statement-already-issued",
                "The month has already been billed.",
                $"{nhsBody} issued its statement to {Council} for {Month} already (statement {id}). Later changes are adjustments on the next statement.",
                "docs/rules.md#8-statements");
        }

        // Only the NHS body's own episodes: it bills for no one else's patients.
        var ordered = episodes.Values.Where(e => e.Liability.Episode.NhsBody == nhsBody).OrderBy(e => (e.Liability.Days.Count > 0 ? e.Liability.Days[0].Date : default)).ThenBy(e => e.EpisodeId).ToList();
        var lines = new List<StatementLine>();
        var notBilled = new List<NotBilledLine>();
        foreach (var episode in ordered)
        {
            var days = episode.DaysOf(Council, Month).ToList();
            var ruleSet = $"{episode.Liability.RuleSet.Name} {episode.Liability.RuleSet.Version}";
            foreach (var run in BilledRun.Of(days.Where(d => d.Status == DayStatus.Chargeable)))
            {
                var period = episode.Liability.Periods[run.Period];
                lines.Add(new StatementLine(
                    lines.Count + 1, episode.EpisodeId, episode.PatientReference, period.RelevantDay, period.Regime,
                    run.From, run.Until, run.Days, run.Rate, run.Amount, run.Rule.Code, run.Rule.Citation, ruleSet));
            }

            foreach (var run in BilledRun.Of(days.Where(d => d.Status == DayStatus.Potential)))
            {
                notBilled.Add(new NotBilledLine(
                    episode.EpisodeId, episode.PatientReference, episode.Liability.Periods[run.Period].RelevantDay,
                    run.From, run.Until, run.Days, run.Rate, run.Amount, run.Rule.Code, ruleSet));
            }
        }

        var adjustments = new List<AdjustmentLine>();
        foreach (var earlier in account.Statements.OrderBy(s => s.Month).ThenBy(s => s.Issued.IssuedAt))
        {
            adjustments.AddRange(PendingAdjustments.Of(earlier, account.Statements, account.Concessions, episodes, lines.Count + adjustments.Count + 1));
        }

        if (lines.Count == 0 && adjustments.Count == 0 && notBilled.Count == 0)
        {
            return Refusal.RuleBroken(
                "nothing-to-bill",
                "There is nothing to bill for the month.",
                $"No episode of {nhsBody} has a delayed day for {Council} in {Month}, and no earlier statement needs correcting.",
                "docs/rules.md#8-statements");
        }

        var total = lines.Sum(l => l.Amount) + adjustments.Sum(a => a.Amount);
        return MoneyOutcome.Record(new StreamEvent(
            id,
            new StatementIssued(id, nhsBody, Council, Month, context.Now, lines, adjustments, notBilled, total),
            StartsStream: true));
    }

    private Refusal? MonthEnded(DecisionContext context) =>
        Month.LastDay < context.Today
            ? null
            : Refusal.RuleBroken(
                "month-not-ended",
                "The month has not ended.",
                $"A statement bills a whole month: {Month} can be billed from {Month.LastDay.PlusDays(1):yyyy-MM-dd}.",
                "docs/rules.md#8-statements");
}

/// <summary>Every statement one NHS body has issued to one council, and the days conceded in disputes of them.</summary>
public sealed record StatementAccount(IReadOnlyList<Statement> Statements, IReadOnlyList<Concession> Concessions);
