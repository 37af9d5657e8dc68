using Marten;
using Weasel.Postgresql.Tables;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// Each council's counts by month, of what starts and ends in the month: the ledgers' runs (how many, the sum of their
/// first and of their last days as day numbers, and of chargeable runs the same weighted by the daily rate), the single
/// stretches of days (<see cref="DelayStretches"/>) and the ledgers (one for each of the council's episodes). A row a
/// council and month, touched only where something starts or ends, so that an episode still delayed to the end of its
/// regime changes a few rows, not one for every month to come.
/// </summary>
/// <remarks>
/// The delayed days up to the end of a month follow from the counts of the months up to it (<see cref="DaysUpTo"/>): a run
/// from a to b has, up to day x on or after a, x - a + 1 days less x - b when b is before x. So a window's whole months add
/// up from a few thousand rows; the episodes that meet it are those started by its end less those ended before its start.
/// Kept by adding what each change of a ledger adds and takes away, in the same statement as its rows.
/// </remarks>
internal static class DelayMonths
{
    public const string Table = "delay_months";

    public static string TableIn(IReadOnlyStoreOptions options) => $"{options.DatabaseSchemaName}.{Table}";

    private static readonly string[] Counts =
    [
        "runs_started", "run_starts", "runs_ended", "run_ends", "rates_started", "rate_starts", "rates_ended", "rate_ends",
        "stretches_started", "stretches_ended", "ledgers_started", "ledgers_ended",
    ];

    public static readonly string Columns = "council, month, " + string.Join(", ", Counts);

    /// <summary>A day as the day number the counts sum (days since 1970-01-01).</summary>
    public static string DayNumber(string day) => $"({day} - DATE '1970-01-01')";

    public static Table Definition(string schema)
    {
        var table = new Table(KeptSchema.Named(schema, Table));
        table.AddColumn("council", "varchar").AsPrimaryKey();
        table.AddColumn("month", "date").AsPrimaryKey();
        foreach (var count in Counts)
        {
            table.AddColumn(count, count.StartsWith("rate", StringComparison.Ordinal) ? "numeric" : "bigint").NotNull();
        }

        return table;
    }

    /// <summary>
    /// Every council's months, as the trigger keeps them, from every ledger's runs and the kept stretches (made from the
    /// ledgers before these, and checked against them by <c>audit verify</c>).
    /// </summary>
    public static string RowsOfLedgers(string schema) => Of(
        $"(SELECT 1 AS sign, r.* FROM ({DelayRuns.RowsOfLedgers(schema)}) r)",
        $"(SELECT 1 AS sign, s.* FROM {schema}.{DelayStretches.Table} s)");

    /// <summary>A month with a count other than nought.</summary>
    public static string NotNought => string.Join(" OR ", Counts.Select(c => $"{c} <> 0"));

    /// <summary>
    /// The counts by council and month of <paramref name="runs"/> (the columns of <see cref="DelayRuns"/> and <c>sign</c>)
    /// and <paramref name="stretches"/> (the columns of <see cref="DelayStretches"/> and <c>sign</c>): 1 for what counts, -1
    /// for what is taken away.
    /// </summary>
    public static string Of(string runs, string stretches) => $"""
        SELECT council, month, {string.Join(", ", Counts.Select(c => $"sum({c}) AS {c}"))} FROM (
            SELECT council, date_trunc('month', from_day)::date AS month, sign AS runs_started, sign * {DayNumber("from_day")} AS run_starts,
              0 AS runs_ended, 0 AS run_ends, {Chargeable("sign * rate")} AS rates_started, {Chargeable($"sign * rate * {DayNumber("from_day")}")} AS rate_starts,
              0 AS rates_ended, 0 AS rate_ends, 0 AS stretches_started, 0 AS stretches_ended, 0 AS ledgers_started, 0 AS ledgers_ended
            FROM {runs} r
            UNION ALL SELECT council, date_trunc('month', until_day)::date, 0, 0, sign, sign * {DayNumber("until_day")}, 0, 0,
              {Chargeable("sign * rate")}, {Chargeable($"sign * rate * {DayNumber("until_day")}")}, 0, 0, 0, 0 FROM {runs} r
            UNION ALL SELECT council, date_trunc('month', first_day)::date, 0, 0, 0, 0, 0, 0, 0, 0, sign, 0, 0, 0 FROM {stretches} s WHERE stretches = 1
            UNION ALL SELECT council, date_trunc('month', last_day)::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, sign, 0, 0 FROM {stretches} s WHERE stretches = 1
            UNION ALL SELECT council, date_trunc('month', ledger_first)::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, sign, 0 FROM {stretches} s WHERE stretch = 1
            UNION ALL SELECT council, date_trunc('month', ledger_last)::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, sign FROM {stretches} s WHERE stretch = 1
          ) counted GROUP BY council, month
        """;

    private static string Chargeable(string value) => $"CASE WHEN status = 'chargeable' THEN {value} ELSE 0 END";

    /// <summary>
    /// What a month's counts add to the delayed days (<paramref name="prefix"/> "run") or chargeable amount ("rate") of
    /// its council up to the end of a later month: <paramref name="dayAfter"/> is the day number of the day after that end.
    /// Summed over the months up to that month, it is the days (or amount) up to its end.
    /// </summary>
    public static string DaysUpTo(string prefix, string dayAfter) =>
        $"({prefix}s_started * {dayAfter} - {prefix}_starts - {prefix}s_ended * ({dayAfter} - 1) + {prefix}_ends)";

    /// <summary>
    /// What a change of the kept runs and stretches adds to each council's months (<paramref name="runs"/> and
    /// <paramref name="stretches"/> as for <see cref="Of"/>), the months in order, so that two writers never wait on each
    /// other's months crosswise.
    /// </summary>
    public static string Adding(string schema, string runs, string stretches) => $"""
        INSERT INTO {schema}.{Table}
          SELECT * FROM ({Of(runs, stretches)}) m WHERE {NotNought} ORDER BY council, month
          ON CONFLICT (council, month) DO UPDATE SET {string.Join(", ", Counts.Select(c => $"{c} = {Table}.{c} + excluded.{c}"))}
        """;
}
