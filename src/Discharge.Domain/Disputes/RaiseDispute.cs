using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>
/// The council disputes days of one episode on an issued statement, on one of the fixed grounds with its detail: all
/// the episode's days on the statement, or those named. A day can be disputed once (rules.md §5).
/// </summary>
public sealed record RaiseDispute(Guid? EpisodeId, DisputeGrounds? Grounds, string? Detail, IReadOnlyList<LocalDate>? Days)
{
    public MoneyOutcome Decide(Guid disputeId, Guid statementId, Statement? statement, DecisionContext context)
    {
        if (statement is null)
        {
            return MoneyChecks.StatementNotFound(statementId);
        }

        if (MoneyChecks.SentBy(statement.Council, "the council the statement bills", context) is { } notTheCouncil)
        {
            return notTheCouncil;
        }

        var episodeId = EpisodeId!.Value;
        var lines = statement.LinesOf(episodeId).ToList();
        var billed = lines.SelectMany(l => Dates(l).Select(date => new DisputedDay(date, l.Number, l.Rate))).ToList();
        var named = Days is { Count: > 0 } days ? days.Distinct().Order().ToList() : billed.Select(d => d.Date).ToList();
        var notBilled = named.Where(date => billed.All(d => d.Date != date)).ToList();
        if (billed.Count == 0 || notBilled.Count > 0)
        {
            return Refusal.RuleBroken(
                "not-on-statement",
                "The statement does not bill what is disputed.",
                billed.Count == 0
                    ? $"Statement {statementId} has no line for episode {episodeId}."
                    : $"days: {string.Join(", ", notBilled.Select(d => d.ToString("yyyy-MM-dd", null)))} not billed for episode {episodeId} on statement {statementId}.",
                "docs/rules.md#9-disputes");
        }

        var disputedBefore = named.Select(date => (date, dispute: statement.DisputeOf(new EpisodeDay(episodeId, date)))).Where(d => d.dispute is not null).ToList();
        if (disputedBefore.Count > 0)
        {
            return Refusal.OutOfSequence(
                "already-disputed",
                "A day named is already disputed.",
                $"{string.Join(", ", disputedBefore.Select(d => $"{d.date:yyyy-MM-dd} (dispute {d.dispute})"))}: a day is disputed once; take the dispute further instead.",
                "docs/rules.md#9-disputes");
        }

        var disputed = billed.Where(d => named.Contains(d.Date)).ToList();
        var regime = lines.First(l => l.Covers(disputed[0].Date)).Regime;
        return MoneyOutcome.Record(
            new StreamEvent(statementId, new DisputeLodged(disputeId, episodeId, named)),
            new StreamEvent(
                disputeId,
                new DisputeRaised(disputeId, statementId, statement.NhsBody, statement.Council, statement.Month, episodeId, lines[0].PatientReference,
                    regime, Grounds!.Value, Detail!, disputed, context.Now),
                StartsStream: true));
    }

    private static IEnumerable<LocalDate> Dates(StatementLine line)
    {
        for (var date = line.From; date <= line.Until; date = date.PlusDays(1))
        {
            yield return date;
        }
    }
}
