using Marten;
using Weasel.Core;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Triggers;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// The delay ledgers' runs as rows with real columns, so that the league table and the monthly return add up days and
/// amounts in SQL instead of reading every ledger of their window. One row per run: episode, NHS body, council, status
/// (as the ledger spells it), daily rate, the run's first and last day and their range, the ledger's first and last day
/// (the league lists every council of a ledger of its window) and the day the assessment was completed.
/// </summary>
/// <remarks>
/// A row a run, not a run and month: a ledger still open to its regime's end is a row or two, not one for every month to
/// come, so that the daemon's change of such a ledger rewrites a few rows (each month's row of an open ledger, 85-130 on
/// the national year, had been most of the cost of storing it). Reports find the runs of a month through the range.
/// Derived in the database by one statement (<see cref="RowsOf"/>) from the ledger's stored JSON, and kept by a trigger on
/// the ledger table in the very statement that stores, replaces, deletes or truncates a ledger (the daemon's, anyone's):
/// the rows cannot disagree with the ledgers. The one-pass rebuild alone, with the trigger off, copies the same rows
/// beside the ledgers it writes (<see cref="Bulk.DelayRunRows"/>); <c>audit verify</c> checks them against the statement.
/// </remarks>
internal static class DelayRuns
{
    public const string Table = "delay_runs";

    private const string Keep = "keep_delay_days";

    public static string TableIn(IReadOnlyStoreOptions options) => $"{options.DatabaseSchemaName}.{Table}";

    public static string LedgerTable(IReadOnlyStoreOptions options) => KeptSchema.LedgerTable(options.DatabaseSchemaName).QualifiedName;

    /// <summary>The name of the trigger on the ledger table that keeps the rows of a ledger stored (the rebuild copies them instead).</summary>
    public const string RowTrigger = "keep_delay_days_rows";

    private const string DeletedTrigger = "keep_delay_days_deleted";

    /// <summary>The rows of a ledger: <paramref name="id"/> and <paramref name="ledger"/> (its JSON; null has none) are expressions.</summary>
    public static string RowsOf(string id, string ledger) => $"""
        SELECT {id} AS episode_id, {ledger} ->> 'nhsBody' AS nhs_body, run ->> 'council' AS council, run ->> 'status' AS status,
            (run ->> 'rate')::numeric AS rate, (run ->> 'from')::date AS from_day, (run ->> 'until')::date AS until_day,
            daterange((run ->> 'from')::date, (run ->> 'until')::date, '[]') AS days, ({ledger} ->> 'firstDay')::date AS ledger_first,
            ({ledger} ->> 'lastDay')::date AS ledger_last, ({ledger} ->> 'assessedOn')::date AS assessed_on
          FROM jsonb_array_elements({ledger} -> 'runs') run
        """;

    /// <summary>The rows of <see cref="Table"/> that meet the days from <paramref name="first"/> to <paramref name="last"/> (SQL dates), cut to them.</summary>
    public static string Within(IReadOnlyStoreOptions options, string first, string last) => $"""
        SELECT episode_id, nhs_body, council, status, rate, greatest(from_day, {first}) AS from_day, least(until_day, {last}) AS until_day,
            ledger_first, ledger_last, assessed_on
          FROM {TableIn(options)} WHERE days && daterange({first}, {last}, '[]')
        """;

    public static IEnumerable<ISchemaObject> SchemaObjects(StoreOptions options)
    {
        var schema = options.DatabaseSchemaName;
        return
        [
            .. KeptFill.After(
                KeptSchema.Named(schema, "delay_figures_fill"),
                Keepers(schema),
                new KeptRows($"{schema}.{Table}", RowsOfLedgers(schema)),
                new KeptRows($"{schema}.{DelayStretches.Table}", DelayStretches.RowsOfLedgers(schema)),
                new KeptRows($"{schema}.{DelayMonths.Table}", DelayMonths.RowsOfLedgers(schema))),
            // Before runs had a row each, a row a run and month, made by a function of its own.
            new RetiredTable(KeptSchema.Named(schema, "delay_days"), $"DROP FUNCTION IF EXISTS {schema}.delay_days_of(uuid, jsonb);"),
        ];
    }

    /// <summary>The tables of the delay figures, the function that keeps them and its triggers on the ledgers' table.</summary>
    private static IEnumerable<ISchemaObject> Keepers(string schema)
    {
        var table = new Table(KeptSchema.Named(schema, Table));
        table.AddColumn<Guid>("episode_id").NotNull();
        table.AddColumn("nhs_body", "varchar").NotNull();
        table.AddColumn("council", "varchar").NotNull();
        table.AddColumn("status", "varchar").NotNull();
        table.AddColumn("rate", "numeric").NotNull();
        table.AddColumn("from_day", "date").NotNull();
        table.AddColumn("until_day", "date").NotNull();
        table.AddColumn("days", "daterange").NotNull();
        table.AddColumn("ledger_first", "date").NotNull();
        table.AddColumn("ledger_last", "date").NotNull();
        table.AddColumn("assessed_on", "date");
        table.Indexes.Add(new IndexDefinition("delay_runs_idx_episode") { Columns = ["episode_id"] });
        // A month's return, and a window's part-months in the league, read the runs that meet them (SP-GiST, as the ledgers' days).
        table.Indexes.Add(new IndexDefinition("delay_runs_idx_days") { Columns = ["days"], CustomMethod = "spgist" });
        yield return table;

        yield return DelayStretches.Definition(schema);
        yield return DelayMonths.Definition(schema);
        yield return new KeptFunction(KeptSchema.Named(schema, Keep), $"""
            CREATE OR REPLACE FUNCTION {schema}.{Keep}()
             RETURNS trigger
             LANGUAGE plpgsql
            AS $function$
            BEGIN
              IF TG_OP = 'TRUNCATE' THEN
                TRUNCATE {schema}.{Table}, {schema}.{DelayStretches.Table}, {schema}.{DelayMonths.Table};
                RETURN NULL;
              END IF;
              -- A ledger stored again unchanged (made from its events alone, the same facts give the same JSON) changes nothing kept.
              IF TG_OP = 'UPDATE' AND OLD.data = NEW.data THEN
                RETURN NULL;
              END IF;
              -- OLD is null when a ledger is stored, NEW when one is deleted: the rows of either are then none.
              WITH gone AS (DELETE FROM {schema}.{Table} WHERE episode_id = OLD.id RETURNING *),
                gone_stretches AS (DELETE FROM {schema}.{DelayStretches.Table} WHERE episode_id = OLD.id RETURNING *),
                made AS (INSERT INTO {schema}.{Table} {RowsOf("NEW.id", "NEW.data")} RETURNING *),
                made_stretches AS (INSERT INTO {schema}.{DelayStretches.Table} {DelayStretches.Of("made")} RETURNING *),
                changed_runs AS (SELECT -1 AS sign, * FROM gone UNION ALL SELECT 1, * FROM made),
                changed_stretches AS (SELECT -1 AS sign, * FROM gone_stretches UNION ALL SELECT 1, * FROM made_stretches)
              {DelayMonths.Adding(schema, "changed_runs", "changed_stretches")};
              RETURN NULL;
            END;
            $function$;
            """);
        var ledgers = KeptSchema.LedgerTable(schema);
        // PostgreSQL writes a trigger's events back in its own order (insert, delete, update): one trigger for the rows
        // stored, one for those deleted, so that each reads back as declared.
        var keep = $"{KeptSchema.AsRendered(schema, Keep)}()";
        yield return new Trigger(KeptSchema.Named(schema, RowTrigger), ledgers, keep)
        {
            Timing = TriggerTiming.After,
            Events = TriggerEvents.Insert | TriggerEvents.Update,
        };
        yield return new Trigger(KeptSchema.Named(schema, DeletedTrigger), ledgers, keep) { Timing = TriggerTiming.After, Events = TriggerEvents.Delete };
        yield return KeptSchema.OnTruncate(KeptSchema.Named(schema, "keep_delay_days_truncated"), ledgers, keep);
    }

    /// <summary>Every ledger's rows, as the trigger makes them of each.</summary>
    public static string RowsOfLedgers(string schema) =>
        $"SELECT d.* FROM {KeptSchema.LedgerTable(schema).QualifiedName} l CROSS JOIN LATERAL ({RowsOf("l.id", "l.data")}) d";
}
