using System.Buffers.Binary;

namespace Discharge.Server.Bulk;

/// <summary>
/// Reads the rows of a <c>COPY … TO STDOUT (FORMAT BINARY)</c> one at a time, each field a span of the read buffer (valid
/// until the next row): no value is materialised unless the caller makes one. The format: a signature, flags and a
/// header extension; then each row's field count and, per field, its length (-1 for NULL) and bytes; a count of -1 ends it.
/// </summary>
internal sealed class BinaryCopyRows(Stream copy, int fields)
{
    private readonly (int Start, int Length)[] current = new (int, int)[fields];
    private byte[] buffer = new byte[1 << 18];
    private int start;
    private int end;
    private bool headerRead;

    /// <summary>Field <paramref name="index"/> of the current row (empty when NULL).</summary>
    public ReadOnlySpan<byte> this[int index] => buffer.AsSpan(current[index].Start, current[index].Length);

    /// <summary>Moves to the next row; false at the end of the copy.</summary>
    public async ValueTask<bool> NextAsync(CancellationToken cancellation)
    {
        while (true)
        {
            if (!headerRead)
            {
                if (TryReadHeader())
                {
                    headerRead = true;
                    continue;
                }
            }
            else if (TryReadRow() is { } more)
            {
                return more;
            }

            if (!await FillAsync(cancellation))
            {
                throw new InvalidDataException("The binary COPY ended in the middle of a row.");
            }
        }
    }

    private bool TryReadHeader()
    {
        var fixedLength = BinaryCopy.Header.Length;
        if (end - start < fixedLength)
        {
            return false;
        }

        var header = buffer.AsSpan(start, end - start);
        if (!header.StartsWith(BinaryCopy.Signature))
        {
            throw new InvalidDataException("Not a binary COPY: its signature is missing.");
        }

        var extension = BinaryPrimitives.ReadInt32BigEndian(header[15..]);
        if (header.Length < fixedLength + extension)
        {
            return false;
        }

        start += fixedLength + extension;
        return true;
    }

    /// <summary>True with a row read, false at the trailer, null when the buffer does not yet hold the whole row.</summary>
    private bool? TryReadRow()
    {
        var row = buffer.AsSpan(start, end - start);
        if (row.Length < 2)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt16BigEndian(row);
        if (count == -1)
        {
            start += 2;
            return false;
        }

        if (count != current.Length)
        {
            throw new InvalidDataException($"A binary COPY row of {count} fields, {current.Length} expected.");
        }

        var at = 2;
        for (var i = 0; i < count; i++)
        {
            if (row.Length < at + 4)
            {
                return null;
            }

            var length = Math.Max(0, BinaryPrimitives.ReadInt32BigEndian(row[at..]));
            at += 4;
            if (row.Length < at + length)
            {
                return null;
            }

            current[i] = (start + at, length);
            at += length;
        }

        start += at;
        return true;
    }

    /// <summary>Keeps what is left unread at the front (a larger buffer for a row larger than it) and reads more behind it.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellation)
    {
        var unread = end - start;
        var target = unread > buffer.Length / 2 ? new byte[buffer.Length * 2] : buffer;
        Buffer.BlockCopy(buffer, start, target, 0, unread);
        (buffer, start, end) = (target, 0, unread);
        var read = await copy.ReadAsync(buffer.AsMemory(end), cancellation);
        end += read;
        return read > 0;
    }
}
