using NodaTime;

namespace Discharge.Domain.Statements;

/// <summary>
/// What an issued statement's days come to now against what was billed for them: each day is owed what the rules
/// engine computes today (nothing, when conceded in a dispute), less what the statement billed and what later statements
/// already corrected. The difference is a pending adjustment, carried by the next statement; nothing is rewritten.
/// </summary>
public static class PendingAdjustments
{
    /// <summary>
    /// The corrections <paramref name="statement"/> needs, as adjustment lines numbered from <paramref name="firstNumber"/>.
    /// <paramref name="issued"/> is every statement of the account (their adjustment lines correct earlier ones);
    /// <paramref name="episodes"/> holds the current liability of every episode on the statement and of any other
    /// episode with days in its month; a day of an episode not given is left as billed.
    /// </summary>
    public static List<AdjustmentLine> Of(
        Statement statement,
        IEnumerable<Statement> issued,
        IEnumerable<Concession> concessions,
        IReadOnlyDictionary<Guid, EpisodeCharges> episodes,
        int firstNumber = 1)
    {
        var days = new SortedDictionary<(Guid Episode, LocalDate Date), DayAccount>();
        DayAccount At(Guid episode, LocalDate date) =>
            days.TryGetValue((episode, date), out var found) ? found : days[(episode, date)] = new DayAccount();

        foreach (var (billed, line, patient, net) in BilledDays.Of(statement, issued))
        {
            var day = At(billed.EpisodeId, billed.Date);
            (day.Billed, day.Line, day.Patient) = (net, line, patient);
        }

        foreach (var episode in episodes.Values)
        {
            foreach (var engineDay in episode.DaysOf(statement.Council, statement.Month))
            {
                var day = At(episode.EpisodeId, engineDay.Date);
                day.Owed = engineDay.Amount;
                day.Patient ??= episode.PatientReference;
            }
        }

        foreach (var concession in concessions.Where(c => c.StatementId == statement.Id))
        {
            var day = At(concession.Day.EpisodeId, concession.Day.Date);
            day.Owed = 0m;
            day.Concession = concession;
        }

        var lines = new List<AdjustmentLine>();
        foreach (var ((episodeId, date), day) in days)
        {
            var change = day.Owed - day.Billed;
            if (change == 0m || (!episodes.ContainsKey(episodeId) && day.Concession is null))
            {
                continue;
            }

            var reason = day.Concession?.Reason ?? AdjustmentReason.Recalculated;
            var dispute = day.Concession?.DisputeId;
            if (lines.Count > 0 && lines[^1] is var last && last.EpisodeId == episodeId && last.Until.PlusDays(1) == date
                && last.CorrectsLine == day.Line && last.DailyAmount == change && last.Reason == reason && last.Dispute == dispute)
            {
                lines[^1] = last with { Until = date, Days = last.Days + 1, Amount = last.Amount + change };
            }
            else
            {
                lines.Add(new AdjustmentLine(
                    firstNumber + lines.Count, episodeId, day.Patient ?? "", statement.Id, statement.Month, day.Line,
                    date, date, 1, change, change, reason, dispute));
            }
        }

        return lines;
    }

    /// <summary>One day of one episode: what was billed and corrected for it so far, and what it is owed now.</summary>
    private sealed class DayAccount
    {
        public decimal Billed { get; set; }

        public decimal Owed { get; set; }

        public int? Line { get; set; }

        public string? Patient { get; set; }

        public Concession? Concession { get; set; }
    }
}
