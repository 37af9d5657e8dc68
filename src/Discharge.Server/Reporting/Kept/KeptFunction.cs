using Weasel.Core;
using Weasel.Postgresql.Functions;

namespace Discharge.Server.Reporting.Kept;

/// <summary>
/// A function of the kept figures, replaced where it is (CREATE OR REPLACE) when its body changes: Weasel otherwise drops
/// a changed function with CASCADE before making it again, which drops the triggers that call it, and they would stay
/// missing, the figures unkept, until the schema is next checked. (A change of its arguments or result type needs a drop by hand.)
/// </summary>
internal sealed class KeptFunction(DbObjectName name, string body) : Function(name, body)
{
    protected override ISchemaObjectDelta CreateFunctionDelta(FunctionBase? actual) => new InPlace(this, (Function?)actual);

    private sealed class InPlace(Function expected, Function? actual) : FunctionDelta(expected, actual)
    {
        public override void WriteUpdate(Migrator rules, TextWriter writer) => Expected.WriteCreateStatement(rules, writer);
    }
}
