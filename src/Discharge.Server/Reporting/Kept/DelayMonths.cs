using Marten;
using Weasel.Postgresql.Tables;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// Each council's figures by month, the sums of its kept rows (<see cref="DelayDays"/>) and counts of its stretches
/// (<see cref="DelayStretches"/>): delayed days, chargeable amount, single stretches started and ended, and ledgers (one
/// for each of the council's episodes) started and ended. A row a council and month, so that a window's figures add up
/// from a few thousand rows: the episodes that meet a window are those started by its end less those ended before its
/// start. Kept by adding what each change of a ledger adds and takes away (in the same statement as the rows); a month
/// all of whose figures went is left at nought.
/// </summary>
internal static class DelayMonths
{
    public const string Table = "delay_months";

    public static string TableIn(IReadOnlyStoreOptions options) => $"{options.DatabaseSchemaName}.{Table}";

    public const string Columns = "council, month, delayed_days, chargeable_amount, stretches_started, stretches_ended, ledgers_started, ledgers_ended";

    private static readonly string[] Counts = ["delayed_days", "chargeable_amount", "stretches_started", "stretches_ended", "ledgers_started", "ledgers_ended"];

    public static Table Definition(string schema)
    {
        var table = new FillingTable(KeptSchema.Named(schema, Table), RowsOfLedgers(schema));
        table.AddColumn("council", "varchar").AsPrimaryKey();
        table.AddColumn("month", "date").AsPrimaryKey();
        table.AddColumn("delayed_days", "bigint").NotNull();
        table.AddColumn("chargeable_amount", "numeric").NotNull();
        table.AddColumn("stretches_started", "bigint").NotNull();
        table.AddColumn("stretches_ended", "bigint").NotNull();
        table.AddColumn("ledgers_started", "bigint").NotNull();
        table.AddColumn("ledgers_ended", "bigint").NotNull();
        return table;
    }

    /// <summary>Every council's months, as the trigger keeps them, from every ledger.</summary>
    public static string RowsOfLedgers(string schema) => Of(
        $"(SELECT 1 AS sign, d.* FROM ({DelayDays.RowsOfLedgers(schema)}) d)",
        $"(SELECT 1 AS sign, s.* FROM ({DelayStretches.RowsOfLedgers(schema)}) s)");

    /// <summary>A month with a figure other than nought.</summary>
    public static string NotNought => string.Join(" OR ", Counts.Select(c => $"{c} <> 0"));

    /// <summary>
    /// The figures by council and month of <paramref name="rows"/> and <paramref name="stretches"/>: relations with the
    /// columns of <see cref="DelayDays"/> and of <see cref="DelayStretches"/>, and <c>sign</c>, 1 for what counts and -1
    /// for what is taken away.
    /// </summary>
    public static string Of(string rows, string stretches) => $"""
        SELECT council, month, {string.Join(", ", Counts.Select(c => $"sum({c}) AS {c}"))} FROM (
            SELECT council, date_trunc('month', from_day)::date AS month, sign * (until_day - from_day + 1) AS delayed_days,
              CASE WHEN status = 'chargeable' THEN sign * rate * (until_day - from_day + 1) ELSE 0 END AS chargeable_amount,
              0 AS stretches_started, 0 AS stretches_ended, 0 AS ledgers_started, 0 AS ledgers_ended
            FROM {rows} r
            UNION ALL SELECT council, date_trunc('month', first_day)::date, 0, 0, sign, 0, 0, 0 FROM {stretches} s WHERE stretches = 1
            UNION ALL SELECT council, date_trunc('month', last_day)::date, 0, 0, 0, sign, 0, 0 FROM {stretches} s WHERE stretches = 1
            UNION ALL SELECT council, date_trunc('month', ledger_first)::date, 0, 0, 0, 0, sign, 0 FROM {stretches} s WHERE stretch = 1
            UNION ALL SELECT council, date_trunc('month', ledger_last)::date, 0, 0, 0, 0, 0, sign FROM {stretches} s WHERE stretch = 1
          ) figures GROUP BY council, month
        """;

    /// <summary>
    /// What a change of the kept rows and stretches adds to each council's months (<paramref name="rows"/> and
    /// <paramref name="stretches"/> as for <see cref="Of"/>), the months in order, so that two writers never wait on each
    /// other's months crosswise.
    /// </summary>
    public static string Adding(string schema, string rows, string stretches) => $"""
        INSERT INTO {schema}.{Table}
          SELECT * FROM ({Of(rows, stretches)}) m WHERE {NotNought} ORDER BY council, month
          ON CONFLICT (council, month) DO UPDATE SET {string.Join(", ", Counts.Select(c => $"{c} = {Table}.{c} + excluded.{c}"))}
        """;
}
