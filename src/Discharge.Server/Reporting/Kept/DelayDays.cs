using Marten;
using Weasel.Core;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Triggers;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// The delay ledgers' runs as rows with real columns, cut at each month's end, so that the league table and the monthly
/// return add up days and amounts in SQL instead of reading every ledger of their window. One row per run and month:
/// episode, NHS body, council, status (as the ledger spells it), daily rate, the days, the ledger's first and last day
/// (the league lists every council of a ledger of its window) and the day the assessment was completed.
/// </summary>
/// <remarks>
/// Derived in the database by one function (<see cref="Of"/>) from the ledger's stored JSON, and kept by a trigger on
/// the ledger table in the very statement that stores, replaces, deletes or truncates a ledger (the daemon's, anyone's):
/// the rows cannot disagree with the ledgers. The one-pass rebuild alone, with the trigger off, copies the same rows
/// beside the ledgers it writes (<see cref="Bulk.DelayDayRows"/>); <c>audit verify</c> checks them against the function.
/// </remarks>
internal static class DelayDays
{
    public const string Table = "delay_days";

    /// <summary>The set-returning function that makes a ledger's rows: (id, data) of a ledger.</summary>
    public const string Of = "delay_days_of";

    private const string Keep = "keep_delay_days";

    public static string TableIn(IReadOnlyStoreOptions options) => $"{options.DatabaseSchemaName}.{Table}";

    public static string LedgerTable(IReadOnlyStoreOptions options) => KeptSchema.LedgerTable(options.DatabaseSchemaName).QualifiedName;

    /// <summary>The name of the trigger on the ledger table that keeps the rows of a ledger stored (the rebuild copies them instead).</summary>
    public const string RowTrigger = "keep_delay_days_rows";

    private const string DeletedTrigger = "keep_delay_days_deleted";

    public static IEnumerable<ISchemaObject> SchemaObjects(StoreOptions options)
    {
        var schema = options.DatabaseSchemaName;
        var table = new Table(KeptSchema.Named(schema, Table));
        table.AddColumn<Guid>("episode_id").NotNull();
        table.AddColumn("nhs_body", "varchar").NotNull();
        table.AddColumn("council", "varchar").NotNull();
        table.AddColumn("status", "varchar").NotNull();
        table.AddColumn("rate", "numeric").NotNull();
        table.AddColumn("from_day", "date").NotNull();
        table.AddColumn("until_day", "date").NotNull();
        table.AddColumn("ledger_first", "date").NotNull();
        table.AddColumn("ledger_last", "date").NotNull();
        table.AddColumn("assessed_on", "date");
        table.Indexes.Add(new IndexDefinition("delay_days_idx_episode") { Columns = ["episode_id"] });
        // A month's return reads its own rows only.
        table.Indexes.Add(new IndexDefinition("delay_days_idx_from_day") { Columns = ["from_day"] });
        yield return table;

        // Written as pg_get_functiondef renders them, so that Weasel finds nothing to change on the next start.
        yield return new KeptFunction(KeptSchema.Named(schema, Of), $"""
            CREATE OR REPLACE FUNCTION {schema}.{Of}(ledger_id uuid, ledger jsonb)
             RETURNS SETOF {KeptSchema.AsRendered(schema, Table)}
             LANGUAGE sql
             STABLE
            AS $function$
              SELECT ledger_id, ledger ->> 'nhsBody', run ->> 'council', run ->> 'status', (run ->> 'rate')::numeric,
                greatest(run_from, month)::date, least(run_until, month + interval '1 month' - interval '1 day')::date,
                (ledger ->> 'firstDay')::date, (ledger ->> 'lastDay')::date, (ledger ->> 'assessedOn')::date
              FROM jsonb_array_elements(ledger -> 'runs') run
                CROSS JOIN LATERAL (SELECT (run ->> 'from')::timestamp AS run_from, (run ->> 'until')::timestamp AS run_until) days
                CROSS JOIN LATERAL generate_series(date_trunc('month', run_from), run_until, interval '1 month') month
            $function$;
            """);
        // After the function: created on a store that has ledgers, they are filled from them.
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
              WITH gone AS (DELETE FROM {schema}.{Table} WHERE episode_id = OLD.id),
                gone_stretches AS (DELETE FROM {schema}.{DelayStretches.Table} WHERE episode_id = OLD.id RETURNING *),
                made AS (INSERT INTO {schema}.{Table} SELECT * FROM {schema}.{Of}(NEW.id, NEW.data) RETURNING *),
                made_stretches AS (INSERT INTO {schema}.{DelayStretches.Table} {DelayStretches.Of("made")} RETURNING *),
                changed_runs AS ({DelayMonths.RunsOf("OLD.data", -1)} UNION ALL {DelayMonths.RunsOf("NEW.data", 1)}),
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
        yield return new FillingTrigger(
            KeptSchema.Named(schema, RowTrigger),
            ledgers,
            keep,
            new KeptRows($"{schema}.{Table}", RowsOfLedgers(schema)),
            new KeptRows($"{schema}.{DelayStretches.Table}", DelayStretches.RowsOfLedgers(schema)),
            new KeptRows($"{schema}.{DelayMonths.Table}", DelayMonths.RowsOfLedgers(schema)))
        {
            Timing = TriggerTiming.After,
            Events = TriggerEvents.Insert | TriggerEvents.Update,
        };
        yield return new Trigger(KeptSchema.Named(schema, DeletedTrigger), ledgers, keep) { Timing = TriggerTiming.After, Events = TriggerEvents.Delete };
        yield return KeptSchema.OnTruncate(KeptSchema.Named(schema, "keep_delay_days_truncated"), ledgers, keep);
    }

    /// <summary>Every ledger's rows, as the trigger makes them of each.</summary>
    public static string RowsOfLedgers(string schema) =>
        $"SELECT d.* FROM {KeptSchema.LedgerTable(schema).QualifiedName} l CROSS JOIN LATERAL {schema}.{Of}(l.id, l.data) d";
}
