using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using NodaTime;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>
/// Rows of a binary COPY, written field by field in PostgreSQL's binary form of each type into pooled bytes (which Dispose
/// returns), where the rows are made (on any core): PostgreSQL then reads a date as four bytes instead of parsing its text
/// (the text of the kept rows' dates had been most of what the rebuild's one writing connection spent reading them).
/// </summary>
internal sealed class BinaryRows : IDisposable
{
    /// <summary>PostgreSQL counts dates in days from 1 January 2000.</summary>
    private static readonly int PostgresEpoch = new DateOnly(2000, 1, 1).DayNumber;

    /// <summary>A range's flags: both bounds inclusive (PostgreSQL makes a date range's upper bound exclusive as it reads it).</summary>
    private const byte BothBoundsInclusive = 0x02 | 0x04;

    private readonly PooledBytes bytes = new(1 << 16);

    public int Count { get; private set; }

    /// <summary>Starts a row of <paramref name="fields"/> fields.</summary>
    public BinaryRows Row(short fields)
    {
        Int16(fields);
        Count++;
        return this;
    }

    public BinaryRows Uuid(Guid id)
    {
        var field = Field(16);
        id.TryWriteBytes(field, bigEndian: true, out _);
        return this;
    }

    public BinaryRows Text(string value)
    {
        var field = Field(Encoding.UTF8.GetByteCount(value));
        Encoding.UTF8.GetBytes(value, field);
        return this;
    }

    /// <summary>Text already in UTF-8.</summary>
    public BinaryRows Text(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Field(utf8.Length));
        return this;
    }

    public BinaryRows Int(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(Field(4), value);
        return this;
    }

    public BinaryRows Date(LocalDate day)
    {
        BinaryPrimitives.WriteInt32BigEndian(Field(4), DaysOf(day));
        return this;
    }

    public BinaryRows Date(LocalDate? day) => day is { } date ? Date(date) : Null();

    /// <summary>A <c>daterange</c> from <paramref name="from"/> to <paramref name="until"/>, both included.</summary>
    public BinaryRows Days(LocalDate from, LocalDate until)
    {
        var field = Field(1 + 8 + 8);
        field[0] = BothBoundsInclusive;
        BinaryPrimitives.WriteInt32BigEndian(field[1..], 4);
        BinaryPrimitives.WriteInt32BigEndian(field[5..], DaysOf(from));
        BinaryPrimitives.WriteInt32BigEndian(field[9..], 4);
        BinaryPrimitives.WriteInt32BigEndian(field[13..], DaysOf(until));
        return this;
    }

    /// <summary>
    /// A <c>numeric</c>: its digits in base 10,000, most significant first, the power of 10,000 of the first, its sign and its
    /// scale (the decimal's, as its text would give: 62.50 stays 62.50).
    /// </summary>
    public BinaryRows Numeric(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];
        // Whole digits grouped by four from the point leftwards, the fraction's from the point rightwards.
        var digits = (whole.PadLeft((whole.Length + 3) / 4 * 4, '0') + fraction.PadRight((fraction.Length + 3) / 4 * 4, '0'))
            .Chunk(4).Select(group => short.Parse(group, CultureInfo.InvariantCulture)).ToList();
        var weight = (whole.Length + 3) / 4 - 1;
        while (digits.Count > 0 && digits[0] == 0)
        {
            digits.RemoveAt(0);
            weight--;
        }

        while (digits.Count > 0 && digits[^1] == 0)
        {
            digits.RemoveAt(digits.Count - 1);
        }

        var field = Field(8 + 2 * digits.Count);
        BinaryPrimitives.WriteInt16BigEndian(field, (short)digits.Count);
        BinaryPrimitives.WriteInt16BigEndian(field[2..], (short)(digits.Count == 0 ? 0 : weight));
        BinaryPrimitives.WriteInt16BigEndian(field[4..], (short)(value < 0 && digits.Count > 0 ? 0x4000 : 0));
        BinaryPrimitives.WriteInt16BigEndian(field[6..], (short)value.Scale);
        for (var i = 0; i < digits.Count; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(field[(8 + 2 * i)..], digits[i]);
        }

        return this;
    }

    /// <summary>A <c>jsonb</c>: its version byte and the JSON <paramref name="write"/> writes, its length known once written.</summary>
    public BinaryRows Jsonb(Action<IBufferWriter<byte>> write)
    {
        var head = bytes.Room(5);
        head[4] = BinaryCopy.JsonbVersion;
        bytes.Advance(5);
        var start = bytes.Length;
        write(bytes);
        BinaryPrimitives.WriteInt32BigEndian(bytes.Written.Span[(start - 5)..], 1 + bytes.Length - start);
        return this;
    }

    public BinaryRows Null()
    {
        Int32(-1);
        return this;
    }

    /// <summary>Copies <paramref name="batches"/>' rows with <paramref name="copy"/> (a binary COPY FROM STDIN) in one COPY.</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, string copy, IEnumerable<BinaryRows> batches, CancellationToken cancellation)
    {
        await using var stream = await connection.BeginRawBinaryCopyAsync(copy, cancellation);
        await stream.WriteAsync(BinaryCopy.Header.ToArray(), cancellation);
        foreach (var batch in batches)
        {
            await stream.WriteAsync(batch.bytes.Written, cancellation);
        }

        await stream.WriteAsync(BinaryCopy.Trailer.ToArray(), cancellation);
    }

    public void Dispose() => bytes.Dispose();

    private static int DaysOf(LocalDate day) => day.ToDateOnly().DayNumber - PostgresEpoch;

    /// <summary>A field's length, and room for its <paramref name="length"/> bytes, written.</summary>
    private Span<byte> Field(int length)
    {
        Int32(length);
        var field = bytes.Room(length)[..length];
        bytes.Advance(length);
        return field;
    }

    private void Int16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(bytes.Room(2), value);
        bytes.Advance(2);
    }

    private void Int32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(bytes.Room(4), value);
        bytes.Advance(4);
    }
}
