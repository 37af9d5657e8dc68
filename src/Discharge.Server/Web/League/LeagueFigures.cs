using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;

namespace Discharge.Server.Web.League;

/// <summary>One council's delayed days, chargeable amount and delayed episodes in a window, as its reports count them.</summary>
internal sealed record CouncilFigures(string Council, int DelayedDays, decimal ChargeableAmount, int DelayedEpisodes);

/// <summary>
/// The league table's figures, added up in the database over the kept rows of the ledgers' runs (<see cref="DelayDays"/>)
/// instead of read ledger by ledger: each a GROUP BY over columns.
/// </summary>
internal static class LeagueFigures
{
    /// <summary>The window's days as the first two parameters, named f and t.</summary>
    private const string Window = "with w as (select ?::date as f, ?::date as t) ";

    private const string DaysWithin = "(least(until_day, t) - greatest(from_day, f) + 1)";

    private const string Within = "from_day <= t and until_day >= f";

    /// <summary>
    /// Every council of a ledger with a day in the window (as the ledgers are found for a report of it), with its own days
    /// in it: a council whose days all fall outside the window is listed with none.
    /// </summary>
    public static async Task<IReadOnlyList<CouncilFigures>> ByCouncilAsync(IQuerySession session, DateWindow window, CancellationToken cancellation) =>
        await session.AdvancedSql.QueryAsync<CouncilFigures>(
            Window +
            "select jsonb_build_object('council', council, " +
            $"'delayedDays', coalesce(sum({DaysWithin}) filter (where {Within}), 0), " +
            $"'chargeableAmount', coalesce(sum(rate * {DaysWithin}) filter (where status = 'chargeable' and {Within}), 0), " +
            $"'delayedEpisodes', count(distinct episode_id) filter (where {Within})) " +
            $"from {DelayDays.TableIn(session.DocumentStore.Options)}, w where ledger_first <= t and ledger_last >= f group by council",
            cancellation,
            window.Iso.From,
            window.Iso.To);

    /// <summary>The delayed days of the window across the country, by month ("yyyy-MM"), in order; months with none left out.</summary>
    public static async Task<IReadOnlyList<(string Month, int Days)>> NationalByMonthAsync(IQuerySession session, DateWindow window, CancellationToken cancellation)
    {
        // A row lies inside one month: grouped by it, then named, so that only a month's worth of names are formatted.
        var months = await session.AdvancedSql.QueryAsync<MonthDays>(
            Window +
            "select jsonb_build_object('month', to_char(month, 'YYYY-MM'), 'days', days) from (" +
            $"select date_trunc('month', from_day) as month, sum({DaysWithin}) as days " +
            $"from {DelayDays.TableIn(session.DocumentStore.Options)}, w where {Within} group by 1) m",
            cancellation,
            window.Iso.From,
            window.Iso.To);
        return [.. months.Select(m => (m.Month, m.Days)).OrderBy(m => m.Month, StringComparer.Ordinal)];
    }

    private sealed record MonthDays(string Month, int Days);
}
