using Weasel.Core;
using Weasel.Postgresql;

namespace Discharge.Server.Reporting.Kept;

/// <summary>Names the kept figures' tables, functions and triggers in the store's schema.</summary>
internal static class KeptSchema
{
    public static DbObjectName Named(string schema, string name) => PostgresqlProvider.Instance.Parse(schema, name);

    /// <summary>The delay ledgers' table: Marten names a document's table mt_doc_ and its type's name in lower case.</summary>
    public static DbObjectName LedgerTable(string schema) => Named(schema, "mt_doc_" + nameof(EpisodeDelayLedger).ToLowerInvariant());
}
