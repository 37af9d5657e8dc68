using System.Buffers.Binary;
using System.Text;
using Discharge.Server.Bulk;

namespace Discharge.Server.Tests.Bulk;

/// <summary>
/// The rebuild reads the event table's binary COPY row by row (<see cref="BinaryCopyRows"/>): rows cut anywhere by the
/// socket's reads, and a row larger than its buffer, come out whole; a copy cut short is an error, not fewer rows.
/// </summary>
public sealed class when_reading_binary_copy_rows
{
    private static readonly byte[] Header = [.. "PGCOPY\n"u8, 0xFF, .. "\r\n"u8, 0, 0, 0, 0, 0, 0, 0, 0, 4, 1, 2, 3, 4];

    [Fact]
    public async Task rows_split_across_reads_and_larger_than_the_buffer_come_out_whole()
    {
        (Guid Id, string Type, string? Json)[] rows =
        [
            (Guid.NewGuid(), "Small", "{\"a\":1}"),
            (Guid.NewGuid(), "Large", $"{{\"text\":\"{new string('x', 700_000)}\"}}"),
            (Guid.NewGuid(), "Null", null),
            (Guid.NewGuid(), "Last", "{}"),
        ];
        var copy = new BinaryCopyRows(new Trickle(Copy(rows, trailer: true)), fields: 3);

        var read = new List<(Guid, string, string?)>();
        while (await copy.NextAsync(CancellationToken.None))
        {
            read.Add((new Guid(copy[0], bigEndian: true), Encoding.UTF8.GetString(copy[1]), copy[2].IsEmpty ? null : Encoding.UTF8.GetString(copy[2])));
        }

        read.Should().Equal(rows);
    }

    [Fact]
    public async Task a_copy_cut_short_is_an_error()
    {
        var whole = Copy([(Guid.NewGuid(), "Cut", "{\"a\":1}")], trailer: false);
        var copy = new BinaryCopyRows(new MemoryStream(whole[..^3]), fields: 3);

        var reading = async () => await copy.NextAsync(CancellationToken.None);

        await reading.Should().ThrowAsync<InvalidDataException>().WithMessage("*ended in the middle of a row*");
    }

    private static byte[] Copy(IEnumerable<(Guid Id, string Type, string? Json)> rows, bool trailer)
    {
        var bytes = new List<byte>(Header);
        foreach (var (id, type, json) in rows)
        {
            bytes.AddRange(BigEndian((short)3));
            bytes.AddRange(BigEndian(16));
            bytes.AddRange(id.ToByteArray(bigEndian: true));
            Field(bytes, Encoding.UTF8.GetBytes(type));
            Field(bytes, json is null ? null : Encoding.UTF8.GetBytes(json));
        }

        if (trailer)
        {
            bytes.AddRange(BigEndian((short)-1));
        }

        return [.. bytes];
    }

    private static void Field(List<byte> bytes, byte[]? value)
    {
        bytes.AddRange(BigEndian(value?.Length ?? -1));
        bytes.AddRange(value ?? []);
    }

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] BigEndian(short value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteInt16BigEndian(bytes, value);
        return bytes;
    }

    /// <summary>A stream that answers each read with a few bytes, as a socket may, so that rows are cut at every place.</summary>
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
    {
        private int next;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1 + (next++ % 13_001))], cancellationToken);
    }
}
