using Marten;
using Weasel.Postgresql.Tables;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// Each episode's delayed days with each council as stretches of consecutive days (whatever the status of each day),
/// numbered, with how many stretches the episode has with that council and its ledger's first and last day: a row a
/// stretch, one for nearly every episode. <see cref="DelayMonths"/> counts by month the single stretches that start and
/// end, and the ledgers of each council that start and end (their first stretch), so that the league counts a council's
/// delayed episodes and lists the councils of a window's ledgers from those counts; only the window's last month, and
/// the few episodes with gaps (a second period of delay, counted distinctly), are read from here.
/// </summary>
/// <remarks>Made from a ledger's kept rows by the same statement as the trigger that keeps them, and by the one-pass rebuild from the runs it folds (<see cref="Bulk.DelayRunRows"/>).</remarks>
internal static class DelayStretches
{
    public const string Table = "delay_stretches";

    public static string TableIn(IReadOnlyStoreOptions options) => $"{options.DatabaseSchemaName}.{Table}";

    public const string Columns = "episode_id, council, first_day, last_day, stretch, stretches, ledger_first, ledger_last";

    public static Table Definition(string schema)
    {
        var table = new Table(KeptSchema.Named(schema, Table));
        table.AddColumn<Guid>("episode_id").NotNull();
        table.AddColumn("council", "varchar").NotNull();
        table.AddColumn("first_day", "date").NotNull();
        table.AddColumn("last_day", "date").NotNull();
        table.AddColumn("stretch", "integer").NotNull();
        table.AddColumn("stretches", "integer").NotNull();
        table.AddColumn("ledger_first", "date").NotNull();
        table.AddColumn("ledger_last", "date").NotNull();
        // A ledger's stretches are replaced with it.
        table.Indexes.Add(new IndexDefinition("delay_stretches_idx_episode") { Columns = ["episode_id"] });
        // A window's last month is counted from the stretches and ledgers that start in it.
        table.Indexes.Add(new IndexDefinition("delay_stretches_idx_first_day") { Columns = ["first_day"] });
        table.Indexes.Add(new IndexDefinition("delay_stretches_idx_ledger_first") { Columns = ["ledger_first"] });
        table.Indexes.Add(new IndexDefinition("delay_stretches_idx_gapped") { Columns = ["first_day"], Predicate = "stretches > 1" });
        return table;
    }

    /// <summary>Every ledger's stretches, as the trigger makes them of each.</summary>
    public static string RowsOfLedgers(string schema) => Of($"({DelayRuns.RowsOfLedgers(schema)})");

    /// <summary>
    /// The stretches of the kept rows of <paramref name="rows"/> (a relation with the columns of <see cref="DelayRuns"/>),
    /// in the table's columns: a row starts a new stretch unless it starts the day after the episode's previous row with the council ends.
    /// </summary>
    public static string Of(string rows) => $"""
        SELECT episode_id, council, min(from_day) AS first_day, max(until_day) AS last_day, (stretch + 1)::integer AS stretch,
            (count(*) OVER (PARTITION BY episode_id, council))::integer AS stretches, min(ledger_first) AS ledger_first, max(ledger_last) AS ledger_last
          FROM (SELECT *, count(*) FILTER (WHERE from_day <> day_after) OVER (PARTITION BY episode_id, council ORDER BY from_day) AS stretch
            FROM (SELECT *, lag(until_day) OVER (PARTITION BY episode_id, council ORDER BY from_day) + 1 AS day_after FROM {rows} r) following) numbered
          GROUP BY episode_id, council, stretch
        """;
}
