using Marten;
using Weasel.Postgresql.Tables;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// Each council's delayed days and chargeable amount by month, the sums of its kept rows (<see cref="DelayDays"/>): a row a
/// council and month, so that a window's whole months add up from a few thousand rows, and only its part-months from the
/// rows of runs. Kept by adding what each change of a ledger adds and takes away (in the same statement as the rows); a
/// month all of whose days went is left at nought.
/// </summary>
internal static class DelayMonths
{
    public const string Table = "delay_months";

    public static string TableIn(IReadOnlyStoreOptions options) => $"{options.DatabaseSchemaName}.{Table}";

    public const string Columns = "council, month, delayed_days, chargeable_amount";

    public static Table Definition(string schema)
    {
        var table = new FillingTable(KeptSchema.Named(schema, Table), RowsOfLedgers(schema));
        table.AddColumn("council", "varchar").AsPrimaryKey();
        table.AddColumn("month", "date").AsPrimaryKey();
        table.AddColumn("delayed_days", "bigint").NotNull();
        table.AddColumn("chargeable_amount", "numeric").NotNull();
        return table;
    }

    /// <summary>Every council's months, as the trigger keeps them, from every ledger.</summary>
    public static string RowsOfLedgers(string schema) => Of($"(SELECT 1 AS sign, d.* FROM ({DelayDays.RowsOfLedgers(schema)}) d)");

    /// <summary>
    /// The sums by council and month of <paramref name="rows"/>: a relation with the columns of <see cref="DelayDays"/> and
    /// <c>sign</c>, 1 for rows that count and -1 for rows taken away.
    /// </summary>
    public static string Of(string rows) => $"""
        SELECT council, date_trunc('month', from_day)::date AS month, sum(sign * (until_day - from_day + 1)) AS delayed_days,
            coalesce(sum(sign * rate * (until_day - from_day + 1)) FILTER (WHERE status = 'chargeable'), 0) AS chargeable_amount
          FROM {rows} r GROUP BY 1, 2
        """;

    /// <summary>What a change of the kept rows adds to each council's months (<paramref name="changes"/> as for <see cref="Of"/>), the months in order, so that two writers never wait on each other's months crosswise.</summary>
    public static string Adding(string schema, string changes) => $"""
        INSERT INTO {schema}.{Table}
          SELECT * FROM ({Of(changes)}) m WHERE delayed_days <> 0 OR chargeable_amount <> 0 ORDER BY council, month
          ON CONFLICT (council, month) DO UPDATE SET delayed_days = {Table}.delayed_days + excluded.delayed_days,
            chargeable_amount = {Table}.chargeable_amount + excluded.chargeable_amount
        """;
}
