using System.Data.Common;
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
/// Fills kept tables anew, once, after the objects that keep them (tables, function, triggers), whenever a migration makes
/// or changes any of those: what was stored or appended while a trigger was missing (everything, on a store an older build
/// wrote) has its rows, and rows an older function made are made again by this one. One fill, not one an object: a table
/// made, filled, truncated and filled again in one transaction breaks its SP-GiST index in PostgreSQL 15 ("could not read
/// block"), and a second fill of a decade's ledgers is minutes lost.
/// </summary>
internal sealed class KeptFill(DbObjectName name, IReadOnlyList<ISchemaObject> keepers, params KeptRows[] kept) : SchemaObjectBase(name)
{
    /// <summary>The <paramref name="keepers"/>, then their fill (named <paramref name="name"/>) of the <paramref name="kept"/> tables.</summary>
    public static IEnumerable<ISchemaObject> After(DbObjectName name, IEnumerable<ISchemaObject> keepers, params KeptRows[] kept)
    {
        List<ISchemaObject> all = [.. keepers];
        return [.. all, new KeptFill(name, all, kept)];
    }

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine($"TRUNCATE {string.Join(", ", kept.Select(k => k.Table))};");
        foreach (var rows in kept.Where(k => k.Rows is not null))
        {
            writer.WriteLine($"INSERT INTO {rows.Table} {rows.Rows};");
        }
    }

    public override void WriteDropStatement(Migrator rules, TextWriter writer)
    {
        // Nothing to drop: the fill is statements, not an object.
    }

    /// <summary>The keepers' own queries, one after another, as Weasel runs each object's.</summary>
    public override void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder)
    {
        for (var i = 0; i < keepers.Count; i++)
        {
            if (i > 0)
            {
                builder.StartNewCommand();
            }

            keepers[i].ConfigureQueryCommand(builder);
        }
    }

    public override async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var changed = false;
        for (var i = 0; i < keepers.Count; i++)
        {
            if (i > 0)
            {
                await reader.NextResultAsync(ct);
            }

            changed |= (await keepers[i].CreateDeltaAsync(reader, ct)).Difference != SchemaPatchDifference.None;
        }

        return new SchemaObjectDelta(this, changed ? SchemaPatchDifference.Update : SchemaPatchDifference.None);
    }
}

/// <summary>A kept table (qualified) and the query that makes all its rows from what they are kept from (none: emptied only).</summary>
internal sealed record KeptRows(string Table, string? Rows);
