using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Discharge.Server.Bulk;

/// <summary>Copies documents into their Marten table in one COPY, as Marten would store them (its serializer, its columns).</summary>
internal static class DocumentCopy
{
    public static string TableOf(IDocumentStore store, Type documentType) =>
        store.Options.FindOrResolveDocumentType(documentType).TableName.QualifiedName;

    /// <summary>
    /// The binary COPY of documents into <paramref name="table"/>: the columns Marten reads a document from; <paramref name="frozen"/>
    /// into a table the transaction emptied (<see cref="Frozen"/>).
    /// </summary>
    public static string CopyInto(string table, bool frozen = false) => BinaryCopyInto($"{table} (id, data, mt_dotnet_type)", frozen);

    /// <summary>The binary COPY into <paramref name="tableAndColumns"/> (a table's name and the rows' columns in order), <see cref="Frozen"/> or not.</summary>
    public static string BinaryCopyInto(string tableAndColumns, bool frozen) =>
        $"COPY {tableAndColumns} FROM STDIN (FORMAT BINARY{(frozen ? ", " + Frozen : "")})";

    /// <summary>
    /// COPY's option for a table emptied in the same transaction: rows written frozen and the pages marked all-visible, so
    /// that the index builds, statistics and reads after the commit need not look up, and write back, whether each row's
    /// transaction committed. PostgreSQL refuses it on a table the transaction did not empty.
    /// </summary>
    public const string Frozen = "FREEZE";

    /// <summary>Writes <paramref name="documents"/> (id and document) to the table of <paramref name="documentType"/>; answers how many.</summary>
    public static async Task<int> WriteAsync(
        NpgsqlConnection connection, IDocumentStore store, Type documentType, IEnumerable<(object Id, object Document)> documents, CancellationToken cancellation)
    {
        var serializer = store.Options.Serializer();
        var dotNetType = documentType.FullName;
        var written = 0;
        await using var copy = await connection.BeginBinaryImportAsync(
            CopyInto(TableOf(store, documentType)), cancellation);
        foreach (var (id, document) in documents)
        {
            await copy.StartRowAsync(cancellation);
            await copy.WriteAsync(id, id is Guid ? NpgsqlDbType.Uuid : NpgsqlDbType.Varchar, cancellation);
            await copy.WriteAsync(serializer.ToJson(document), NpgsqlDbType.Jsonb, cancellation);
            await copy.WriteAsync(dotNetType, NpgsqlDbType.Varchar, cancellation);
            written++;
        }

        await copy.CompleteAsync(cancellation);
        return written;
    }
}
