using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using Discharge.Server.Reporting;
using Discharge.Server.Statements;
using Marten;
using Marten.Linq.MatchesSql;
using NodaTime;

namespace Discharge.Server.Audit.Reconciliation;

/// <summary>
/// <c>audit reconcile</c>: recomputes every issued statement line under another rule set, as an auditor does when the
/// reading of a rule changes (the closing day, say). Each statement's days are compared episode by episode: what was
/// billed, net of the adjustments later statements carried, against what the other rule set charges the same council
/// for the month, computed from the episode's events as billing would compute it today. A day conceded in a dispute
/// is owed nothing under either rule set, as billing treats it. Episodes no line billed are found through the delay
/// ledgers: those with a delayed day in the month under the current rules. Reads only; one account at a time.
/// </summary>
public static class StatementReconciliation
{
    /// <summary>
    /// Reconciles the statements of the months that <paramref name="window"/> touches (every issued statement when null)
    /// against <paramref name="other"/>, with the reference data of <paramref name="current"/>, computing episodes as of
    /// <paramref name="today"/> (<see cref="DischargeRules.Today"/>).
    /// </summary>
    public static async Task<ReconciliationReport> RunAsync(
        IQuerySession session, DischargeRules current, RuleSet other, DateWindow? window, LocalDate today, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(other);
        var otherRules = new DischargeRules(current.ReferenceData, other);
        var compared = new List<EpisodeDifference>();
        foreach (var (nhsBody, council) in await AccountsAsync(session, window, cancellation))
        {
            var account = await StatementSources.AccountAsync(session, nhsBody, council, cancellation);
            var statements = account.Statements.Where(s => Within(window, s.Month)).ToList();
            var billed = statements.ToDictionary(s => s.Id, s => BilledByEpisode(s, account.Statements));
            var ids = billed.Values.SelectMany(b => b.Keys)
                .Union(await StatementSources.EpisodesWithDaysAsync(session, nhsBody, council, [.. statements.Select(s => s.Month)], cancellation));
            var charges = await StatementSources.ChargesAsync(session, ids, otherRules, today, cancellation);
            foreach (var statement in statements)
            {
                var conceded = account.Concessions.Where(c => c.StatementId == statement.Id).Select(c => c.Day).ToHashSet();
                foreach (var episode in billed[statement.Id].Keys.Union(charges.Keys).Order())
                {
                    var billedDays = billed[statement.Id].GetValueOrDefault(episode) ?? [];
                    var otherDays = charges.TryGetValue(episode, out var found) ? Charged(found, statement, conceded) : [];
                    if (billedDays.Count > 0 || otherDays.Count > 0)
                    {
                        compared.Add(Compare(statement, episode, billedDays, otherDays));
                    }
                }
            }
        }

        return ReconciliationReport.From($"{other.Name} {other.Version}", window, today, compared);
    }

    /// <summary>The NHS body and council of every statement issued for a month the window touches.</summary>
    private static async Task<List<(string NhsBody, string Council)>> AccountsAsync(IQuerySession session, DateWindow? window, CancellationToken cancellation)
    {
        var query = session.Query<Statement>().AsQueryable();
        if (window is { } days)
        {
            // Months are stored as YYYY-MM, which sorts as text in month order.
            query = query.Where(s => s.MatchesSql("data -> 'issued' ->> 'month' BETWEEN ? AND ?",
                BillingMonth.Of(days.From).ToString(), BillingMonth.Of(days.To).ToString()));
        }

        // Only the two codes are read: the lines of every statement in the window need not be held at once.
        var accounts = await query.Select(s => new { s.NhsBody, s.Council }).Distinct().ToListAsync(cancellation);
        return [.. accounts.Select(a => (a.NhsBody, a.Council)).Order()];
    }

    private static bool Within(DateWindow? window, BillingMonth month) =>
        window is not { } days || (BillingMonth.Of(days.From) <= month && month <= BillingMonth.Of(days.To));

    /// <summary>Each episode's days on the statement with what the council has been charged for them so far (days netted to nothing left out).</summary>
    private static Dictionary<Guid, Dictionary<LocalDate, decimal>> BilledByEpisode(Statement statement, IEnumerable<Statement> account) =>
        BilledDays.Of(statement, account)
            .Where(d => d.Net != 0m)
            .GroupBy(d => d.Day.EpisodeId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(d => d.Day.Date, d => d.Net));

    /// <summary>The episode's chargeable days for the statement's council and month under the other rule set, less the conceded ones.</summary>
    private static Dictionary<LocalDate, decimal> Charged(EpisodeCharges episode, Statement statement, HashSet<EpisodeDay> conceded) =>
        episode.DaysOf(statement.Council, statement.Month)
            .Where(d => d.Status == DayStatus.Chargeable && !conceded.Contains(new EpisodeDay(episode.EpisodeId, d.Date)))
            .ToDictionary(d => d.Date, d => d.Amount);

    private static EpisodeDifference Compare(Statement statement, Guid episode, Dictionary<LocalDate, decimal> billed, Dictionary<LocalDate, decimal> other)
    {
        var changed = billed.Keys.Union(other.Keys).Count(day => billed.GetValueOrDefault(day) != other.GetValueOrDefault(day));
        return new EpisodeDifference(
            statement.Council, statement.NhsBody, statement.Month, episode,
            new DaysAndAmount(billed.Count, billed.Values.Sum()), new DaysAndAmount(other.Count, other.Values.Sum()), changed);
    }
}
