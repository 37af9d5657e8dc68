using System.Data.Common;
using Weasel.Core;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// A table an older build kept and this one does not, dropped when a store still has it (with what depended on it, named
/// in <paramref name="dropFirst"/>): Weasel leaves objects it is no longer told about where they are, stale.
/// </summary>
internal sealed class RetiredTable(DbObjectName name, string dropFirst) : SchemaObjectBase(name)
{
    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        // Nothing to make: the update is the drop alone.
    }

    public override void WriteDropStatement(Migrator rules, TextWriter writer)
    {
        writer.WriteLine(dropFirst);
        writer.WriteLine($"DROP TABLE IF EXISTS {Identifier.QualifiedName};");
    }

    public override void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder)
    {
        var table = builder.AddParameter(Identifier.QualifiedName).ParameterName;
        builder.Append($"select count(*) from pg_class where oid = to_regclass(:{table});");
    }

    public override async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var present = await reader.ReadAsync(ct) && await reader.GetFieldValueAsync<long>(0, ct) > 0;
        return new SchemaObjectDelta(this, present ? SchemaPatchDifference.Update : SchemaPatchDifference.None);
    }
}
