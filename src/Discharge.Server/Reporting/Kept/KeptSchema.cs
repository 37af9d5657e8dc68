using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Triggers;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// The kept figures' tables, functions and triggers, as a storage feature of the store's own: Marten creates such a
/// feature after the document and event tables its triggers are on (where it creates its extended schema objects before them).
/// </summary>
internal sealed class KeptSchema(StoreOptions options) : FeatureSchemaBase("KeptFigures", options.Advanced.Migrator)
{
    protected override IEnumerable<ISchemaObject> schemaObjects() => [.. DelayRuns.SchemaObjects(options), .. NoticeDays.SchemaObjects(options)];

    /// <summary>
    /// A name as PostgreSQL writes it back in a definition: bare when its schema is the default one on the search path.
    /// Weasel compares what it would create with that text, so a name written otherwise would be recreated on every start.
    /// </summary>
    public static string AsRendered(string schema, string name) => schema == "public" ? name : $"{schema}.{name}";

    /// <summary>The trigger that empties a kept table when the table it is kept from is truncated.</summary>
    public static Trigger OnTruncate(DbObjectName name, DbObjectName target, string call) =>
        new(name, target, call) { Timing = TriggerTiming.After, Events = TriggerEvents.Truncate, ForEachRow = false };

    public static DbObjectName Named(string schema, string name) => PostgresqlProvider.Instance.Parse(schema, name);

    /// <summary>The delay ledgers' table: Marten names a document's table mt_doc_ and its type's name in lower case.</summary>
    public static DbObjectName LedgerTable(string schema) => Named(schema, "mt_doc_" + nameof(EpisodeDelayLedger).ToLowerInvariant());
}

/// <summary>
/// A trigger that keeps tables' rows, which fills the tables anew whenever it is created (or made again): what was stored
/// or appended while it was missing (everything, on a store an older build wrote) has its rows too.
/// </summary>
internal sealed class FillingTrigger(DbObjectName name, DbObjectName target, string call, params KeptRows[] kept) : Trigger(name, target, call)
{
    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        base.WriteCreateStatement(migrator, writer);
        writer.WriteLine($"TRUNCATE {string.Join(", ", kept.Select(k => k.Table))};");
        foreach (var rows in kept.Where(k => k.Rows is not null))
        {
            writer.WriteLine($"INSERT INTO {rows.Table} {rows.Rows};");
        }
    }
}

/// <summary>A kept table (qualified) and the query that makes all its rows from what they are kept from (none: emptied only).</summary>
internal sealed record KeptRows(string Table, string? Rows);

/// <summary>A kept table that is filled when it is created (on a store an older build wrote, from what is there already).</summary>
internal sealed class FillingTable(DbObjectName name, string rows) : Table(name)
{
    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        base.WriteCreateStatement(migrator, writer);
        writer.WriteLine($"INSERT INTO {Identifier.QualifiedName} {rows};");
    }
}
