using Marten;
using Weasel.Core;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Triggers;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// Each assessment notice's council and London day, so that the league table counts a window's notices without reading
/// the event table's JSON. Kept by a trigger on the event table, in the statement that appends the notice (only inserts
/// of notices fire it), as one narrow row a notice: never a shared count, so that concurrent appends never wait on one
/// another. <see cref="NoticeRollUp"/> then moves the rows into counts by council and day (<see cref="CountsTable"/>), one
/// writer at a time, so that a window's notices add up from a row a council and day. The events do not change when read
/// models are rebuilt, so neither do these.
/// </summary>
internal static class NoticeDays
{
    public const string Table = "assessment_notice_days";

    /// <summary>The notices rolled up: council, day and how many.</summary>
    public const string CountsTable = "assessment_notice_counts";

    public static string CountsTableIn(IReadOnlyStoreOptions options) => $"{options.DatabaseSchemaName}.{CountsTable}";

    /// <summary>Every notice counted once, by council and day, whether still a row or rolled up.</summary>
    public static string KeptCounts(IReadOnlyStoreOptions options) =>
        $"SELECT council, day, sum(notices) AS notices FROM (SELECT council, day, 1 AS notices FROM {TableIn(options)} " +
        $"UNION ALL SELECT council, day, notices FROM {CountsTableIn(options)}) kept GROUP BY council, day";

    /// <summary>Every notice counted by council and day from the event table.</summary>
    public static string CountsOfEvents(IReadOnlyStoreOptions options) =>
        $"SELECT council, day, count(*) AS notices FROM ({RowsOfEvents(options)}) notice GROUP BY council, day";

    /// <summary>Marten names an event type by its class in snake case.</summary>
    private const string EventType = "assessment_notice_given";

    private const string Keep = "keep_assessment_notice_days";

    /// <summary>The London day a notice was delivered on, from the event's data.</summary>
    private static string DayOf(string data) => $"(mt_immutable_timestamptz({data} ->> 'deliveredAt') AT TIME ZONE 'Europe/London')::date";

    public static string TableIn(IReadOnlyStoreOptions options) => $"{options.DatabaseSchemaName}.{Table}";

    public static IEnumerable<ISchemaObject> SchemaObjects(StoreOptions options) =>
        KeptFill.After(
            KeptSchema.Named(options.DatabaseSchemaName, "assessment_notice_figures_fill"),
            Keepers(options),
            new KeptRows(TableIn(options), null),
            new KeptRows(CountsTableIn(options), CountsOfEvents(options)));

    /// <summary>The notices' tables, the function that keeps them and its triggers on the event table.</summary>
    private static IEnumerable<ISchemaObject> Keepers(StoreOptions options)
    {
        var schema = options.DatabaseSchemaName;
        var table = new Table(KeptSchema.Named(schema, Table));
        table.AddColumn("council", "varchar").NotNull();
        table.AddColumn("day", "date").NotNull();
        yield return table;
        var counts = new Table(KeptSchema.Named(schema, CountsTable));
        counts.AddColumn("council", "varchar").AsPrimaryKey();
        counts.AddColumn("day", "date").AsPrimaryKey();
        counts.AddColumn("notices", "bigint").NotNull();
        yield return counts;

        // Written as pg_get_functiondef renders it, so that Weasel finds nothing to change on the next start.
        yield return new KeptFunction(KeptSchema.Named(schema, Keep), $"""
            CREATE OR REPLACE FUNCTION {schema}.{Keep}()
             RETURNS trigger
             LANGUAGE plpgsql
            AS $function$
            BEGIN
              IF TG_OP = 'TRUNCATE' THEN
                TRUNCATE {schema}.{Table}, {schema}.{CountsTable};
              ELSE
                INSERT INTO {schema}.{Table} VALUES (NEW.data ->> 'council', {DayOf("NEW.data")});
              END IF;
              RETURN NULL;
            END;
            $function$;
            """);
        var events = KeptSchema.Named(options.Events.DatabaseSchemaName, "mt_events");
        var keep = $"{KeptSchema.AsRendered(schema, Keep)}()";
        yield return new Trigger(KeptSchema.Named(schema, "keep_assessment_notice_days_rows"), events, keep)
        {
            Timing = TriggerTiming.After,
            Events = TriggerEvents.Insert,
            ForEachRow = true,
            Condition = $"((new.type)::text = '{EventType}'::text)",
        };
        yield return KeptSchema.OnTruncate(KeptSchema.Named(schema, "keep_assessment_notice_days_truncated"), events, keep);
    }

    /// <summary>Every notice's row, read from the event table, as the trigger makes it.</summary>
    public static string RowsOfEvents(IReadOnlyStoreOptions options) =>
        $"SELECT data ->> 'council' AS council, {DayOf("data")} AS day FROM {options.Events.DatabaseSchemaName}.mt_events WHERE type = '{EventType}'";
}
