using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Web.League;

/// <summary>One council's delayed days, chargeable amount and delayed episodes in a window, as its reports count them.</summary>
internal sealed record CouncilFigures(string Council, int DelayedDays, decimal ChargeableAmount, int DelayedEpisodes);

/// <summary>
/// The league table's figures, added up in the database from the kept figures instead of read ledger by ledger: a
/// window's whole months from each council's figures by month (<see cref="DelayMonths"/>), its part-months from the rows
/// of runs (<see cref="DelayRuns"/>) and the stretches of days (<see cref="DelayStretches"/>).
/// </summary>
internal static class LeagueFigures
{
    /// <summary>
    /// The parameters every query here takes, named (so that the planner sees each value where it is used, not a guess):
    /// the window's first and last day (F, T), its whole months, from the first day of the first (Lo) to the day after the
    /// last (Hi; Lo = Hi when it has none), the last day of its part-month before them (P1) and the first of its part-month
    /// after them (P2).
    /// </summary>
    private static object Parameters(DateWindow window)
    {
        var (lo, hi) = WholeMonths(window);
        var (from, to) = window.Iso;
        return new { f = from, t = to, lo = Iso(lo), hi = Iso(hi), p1 = Iso(LocalDate.Min(lo.PlusDays(-1), window.To)), p2 = Iso(LocalDate.Max(hi, window.From)) };
    }

    /// <summary>The window's whole months: from the first day of the first to the day after the last; the same day when it has none.</summary>
    private static (LocalDate Lo, LocalDate Hi) WholeMonths(DateWindow window)
    {
        var lo = window.From.Day == 1 ? window.From : window.From.With(DateAdjusters.StartOfMonth).PlusMonths(1);
        var afterTo = window.To.PlusDays(1);
        var hi = afterTo.Day == 1 ? afterTo : window.To.With(DateAdjusters.StartOfMonth);
        return (lo, LocalDate.Max(lo, hi));
    }

    private const string F = ":f::date";
    private const string T = ":t::date";
    private const string Lo = ":lo::date";
    private const string Hi = ":hi::date";
    private const string P1 = ":p1::date";
    private const string P2 = ":p2::date";

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    /// <summary>A council's delayed days ("run") or chargeable amount ("rate") up to the day before <paramref name="day"/>, the 1st of a month: its months' counts before it, added up.</summary>
    private static string UpTo(string counts, string day) =>
        $"coalesce(sum({DelayMonths.DaysUpTo(counts, DelayMonths.DayNumber(day))}) FILTER (WHERE month < {day}), 0)";

    /// <summary>The days of a row of <see cref="PartMonthRows"/>.</summary>
    private const string RowDays = "(until_day - from_day + 1)";

    /// <summary>
    /// The single stretches and ledgers of each council that end in the window's first month before the window starts (a
    /// window that starts on the 1st has none, and is not given this part, whose scan would cost even when it finds nothing).
    /// </summary>
    private static string EndedInFirstMonth(string stretches) => $"""
        UNION ALL
        SELECT council, 0, count(*) FILTER (WHERE stretches = 1 AND {Before("last_day")}), 0, count(*) FILTER (WHERE stretch = 1 AND {Before("ledger_last")})
        FROM {stretches} WHERE {Before("last_day")} OR {Before("ledger_last")} GROUP BY council
        """;

    private static string Before(string day) => $"{day} >= date_trunc('month', {F}) AND {day} < {F}";

    /// <summary>
    /// The rows of runs in the window's part-months, cut to them (each lies inside one month): its days before its first
    /// whole month, and after its last. A part the window does not have is left out (an empty range cannot be written).
    /// </summary>
    private static string PartMonthRows(IReadOnlyStoreOptions options, DateWindow window)
    {
        var (lo, hi) = WholeMonths(window);
        string[] parts =
        [
            .. window.From < lo ? [DelayRuns.Within(options, F, P1)] : Array.Empty<string>(),
            .. hi <= window.To ? [DelayRuns.Within(options, P2, T)] : Array.Empty<string>(),
        ];
        return $"({(parts.Length == 0 ? $"{DelayRuns.Within(options, F, T)} AND false" : string.Join(" UNION ALL ", parts))}) part";
    }

    /// <summary>
    /// Every council of a ledger with a day in the window (as the ledgers are found for a report of it), with its own days
    /// in it: a council whose days all fall outside the window is listed with none.
    /// </summary>
    public static async Task<IReadOnlyList<CouncilFigures>> ByCouncilAsync(IQuerySession session, DateWindow window, CancellationToken cancellation)
    {
        var options = session.DocumentStore.Options;
        var months = DelayMonths.TableIn(options);
        var stretches = DelayStretches.TableIn(options);
        // What meets the window is what started by its end less what ended before its start: counted by month before the
        // window's last month and before its first, and from the stretches within those two months (none in the first when
        // it starts on the 1st). A single stretch is an episode; a council's ledgers (their first stretch) list it. An
        // episode with gaps (a second period of delay) counts once however many of its stretches meet the window.
        return await session.AdvancedSql.QueryAsync<CouncilFigures>(
            $"""
             WITH counted AS (
               SELECT council, sum(stretches_started) AS started, 0 AS ended, sum(ledgers_started) AS ledgers_started, 0 AS ledgers_ended
               FROM {months} WHERE month < date_trunc('month', {T}) GROUP BY council
               UNION ALL
               SELECT council, 0, sum(stretches_ended), 0, sum(ledgers_ended) FROM {months} WHERE month < date_trunc('month', {F}) GROUP BY council
               UNION ALL
               SELECT council, count(*) FILTER (WHERE stretches = 1), 0, 0, 0 FROM {stretches}
               WHERE first_day >= date_trunc('month', {T}) AND first_day <= {T} GROUP BY council
               UNION ALL
               SELECT council, 0, 0, count(*), 0 FROM {stretches}
               WHERE stretch = 1 AND ledger_first >= date_trunc('month', {T}) AND ledger_first <= {T} GROUP BY council {(window.From.Day == 1 ? "" : EndedInFirstMonth(stretches))}
             ), listed AS (
               SELECT council, sum(started) - sum(ended) AS episodes FROM counted GROUP BY council HAVING sum(ledgers_started) > sum(ledgers_ended)
             ), figures AS (
               SELECT council, {UpTo("run", Hi)} - {UpTo("run", Lo)} AS days, {UpTo("rate", Hi)} - {UpTo("rate", Lo)} AS amount, 0 AS episodes
               FROM {months} WHERE month < {Hi} GROUP BY council
               UNION ALL
               SELECT council, sum({RowDays}), coalesce(sum(rate * {RowDays}) FILTER (WHERE status = 'chargeable'), 0), 0
               FROM {PartMonthRows(options, window)} GROUP BY council
               UNION ALL
               SELECT council, 0, 0, count(DISTINCT episode_id)
               FROM {stretches} WHERE stretches > 1 AND first_day <= {T} AND last_day >= {F} GROUP BY council
             )
             SELECT jsonb_build_object('council', council, 'delayedDays', coalesce(sum(days), 0), 'chargeableAmount', coalesce(sum(amount), 0),
               'delayedEpisodes', min(listed.episodes) + coalesce(sum(figures.episodes), 0))
             FROM listed LEFT JOIN figures USING (council) GROUP BY council
             """,
            cancellation,
            Parameters(window));
    }

    /// <summary>The delayed days of the window across the country, by month ("yyyy-MM"), in order; months with none left out.</summary>
    public static async Task<IReadOnlyList<(string Month, int Days)>> NationalByMonthAsync(IQuerySession session, DateWindow window, CancellationToken cancellation)
    {
        var options = session.DocumentStore.Options;
        var counts = DelayMonths.TableIn(options);
        // The days up to the end of each whole month, from the month before the first (or before any count) to the last,
        // from the counts of the months up to it added up across the country; a month's days are its end's less the last.
        var monthAfter = "(m + interval '1 month')::date";
        var months = await session.AdvancedSql.QueryAsync<MonthDays>(
            $"""
             WITH national AS (
               SELECT month, sum(runs_started) AS runs_started, sum(run_starts) AS run_starts, sum(runs_ended) AS runs_ended, sum(run_ends) AS run_ends
               FROM {counts} WHERE month < {Hi} GROUP BY month
             ), counted AS (
               SELECT month, sum(runs_started) OVER upto AS runs_started, sum(run_starts) OVER upto AS run_starts,
                 sum(runs_ended) OVER upto AS runs_ended, sum(run_ends) OVER upto AS run_ends
               FROM national WINDOW upto AS (ORDER BY month)
             ), ends AS (
               SELECT m::date AS month,
                 coalesce((SELECT {DelayMonths.DaysUpTo("run", DelayMonths.DayNumber(monthAfter))} FROM counted c WHERE c.month <= m ORDER BY c.month DESC LIMIT 1), 0) AS days
               FROM generate_series(greatest({Lo}, (SELECT min(month) FROM national)) - interval '1 month', {Hi} - interval '1 month', interval '1 month') m
             )
             SELECT jsonb_build_object('month', to_char(month, 'YYYY-MM'), 'days', sum(days)) FROM (
               SELECT month, days FROM (SELECT month, days - lag(days) OVER (ORDER BY month) AS days FROM ends) whole WHERE month >= {Lo}
               UNION ALL
               SELECT date_trunc('month', from_day)::date, {RowDays} FROM {PartMonthRows(options, window)}
             ) m GROUP BY month HAVING sum(days) > 0
             """,
            cancellation,
            Parameters(window));
        return [.. months.Select(m => (m.Month, m.Days)).OrderBy(m => m.Month, StringComparer.Ordinal)];
    }

    private sealed record MonthDays(string Month, int Days);
}
