using System.Buffers.Binary;
using System.Text;
using Marten;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>
/// Documents of one type as the rows of a binary COPY into their Marten table (id, data, mt_dotnet_type), made where
/// the documents are (on any core) so that the connection that copies them only sends bytes. In a pooled buffer, which
/// Dispose returns.
/// </summary>
internal sealed class DocumentRows(Type documentType) : IDisposable
{
    private readonly byte[] dotNetType = Encoding.UTF8.GetBytes(documentType.FullName!);
    private readonly PooledBytes rows = new(1 << 16);

    public Type DocumentType => documentType;

    public int Count { get; private set; }

    /// <summary>Adds a document: its id and its JSON, written by the store's serializer.</summary>
    public void Add(Guid id, object document, ISerializer serializer)
    {
        var head = rows.Room(2 + 4 + 16 + 4 + 1);
        BinaryPrimitives.WriteInt16BigEndian(head, 3);
        BinaryPrimitives.WriteInt32BigEndian(head[2..], 16);
        id.TryWriteBytes(head[6..], bigEndian: true, out _);
        head[26] = BinaryCopy.JsonbVersion;
        rows.Advance(27);
        var json = rows.Length;
        serializer.WriteToCleanJson(rows, document);
        // The data's length, known once it is written: its version byte and its text.
        BinaryPrimitives.WriteInt32BigEndian(rows.Written.Span[(json - 5)..], 1 + rows.Length - json);
        BinaryPrimitives.WriteInt32BigEndian(rows.Room(4), dotNetType.Length);
        rows.Advance(4);
        rows.Append(dotNetType);
        Count++;
    }

    /// <summary>Copies the rows into <paramref name="table"/>, which the transaction on <paramref name="connection"/> emptied.</summary>
    public async Task CopyAsync(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        await using var copy = await connection.BeginRawBinaryCopyAsync(DocumentCopy.CopyInto(table, frozen: true), cancellation);
        await copy.WriteAsync(BinaryCopy.Header.ToArray(), cancellation);
        await copy.WriteAsync(rows.Written, cancellation);
        await copy.WriteAsync(BinaryCopy.Trailer.ToArray(), cancellation);
    }

    public void Dispose() => rows.Dispose();
}
