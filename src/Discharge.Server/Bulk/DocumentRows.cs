using System.Text;
using Marten;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>
/// Documents of one type as the rows of a binary COPY into their Marten table (id, data, mt_dotnet_type), made where
/// the documents are (on any core) so that the connection that copies them only sends bytes. Dispose returns their buffer.
/// </summary>
internal sealed class DocumentRows(Type documentType) : IDisposable
{
    private readonly byte[] dotNetType = Encoding.UTF8.GetBytes(documentType.FullName!);

    private readonly BinaryRows rows = new();

    public Type DocumentType => documentType;

    public int Count => rows.Count;

    /// <summary>Adds a document: its id and its JSON, written by the store's serializer.</summary>
    public void Add(Guid id, object document, ISerializer serializer) =>
        rows.Row(3).Uuid(id).Jsonb(json => serializer.WriteToCleanJson(json, document)).Text(dotNetType);

    /// <summary>Copies <paramref name="batches"/>' rows into <paramref name="table"/>, which the transaction on <paramref name="connection"/> emptied, in one COPY.</summary>
    public static Task CopyAsync(NpgsqlConnection connection, string table, IReadOnlyList<DocumentRows> batches, CancellationToken cancellation) =>
        BinaryRows.CopyAsync(connection, DocumentCopy.CopyInto(table, frozen: true), batches.Select(b => b.rows), cancellation);

    public void Dispose() => rows.Dispose();
}
