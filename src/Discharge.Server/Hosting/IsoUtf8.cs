using System.Buffers.Text;
using NodaTime;

namespace Discharge.Server.Hosting;

/// <summary>
/// The ISO form the service writes of a NodaTime value, read and written as UTF-8 directly. NodaTime's patterns read a
/// string and make a parse bucket, a cursor and a result for each value; a rebuild reads millions of them. Only that one
/// form, with a year of four digits, is read here; any other text is left to the pattern, which decides it as before
/// (<see cref="BoundedDateConverter{T}"/>). What is read here the pattern reads the same, and what is written here the
/// pattern writes the same: a test holds both to it.
/// </summary>
internal abstract class IsoUtf8<T>
{
    /// <summary>The longest text <see cref="TryWrite"/> writes.</summary>
    public const int MaxLength = 30;

    public abstract bool TryRead(ReadOnlySpan<byte> text, out T value);

    /// <summary>Writes the value's text into <paramref name="text"/> (at least <see cref="MaxLength"/> bytes); false for a year not of four digits.</summary>
    public abstract bool TryWrite(T value, Span<byte> text, out int written);

    /// <summary>Reads YYYY-MM-DD at the start of <paramref name="text"/>: a day that exists, in the years 1000 to 9999.</summary>
    protected static bool TryReadDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-' || !Number(text[..4], out var year) || !Number(text.Slice(5, 2), out var month)
            || !Number(text.Slice(8, 2), out var day) || year < 1000 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Writes YYYY-MM-DD at the start of <paramref name="text"/>; false for a year not of four digits.</summary>
    protected static bool TryWriteDate(LocalDate date, Span<byte> text)
    {
        if (date.Year is < 1000 or > 9999)
        {
            return false;
        }

        Digits(date.Year, text[..4]);
        text[4] = (byte)'-';
        Digits(date.Month, text.Slice(5, 2));
        text[7] = (byte)'-';
        Digits(date.Day, text.Slice(8, 2));
        return true;
    }

    /// <summary>The number <paramref name="digits"/> spell, all of them ASCII digits (no sign, no spaces).</summary>
    protected static bool Number(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    /// <summary>Writes <paramref name="value"/> in exactly as many digits as <paramref name="text"/> has, zeros first.</summary>
    protected static void Digits(int value, Span<byte> text) => Utf8Formatter.TryFormat(value, text, out _, new System.Buffers.StandardFormat('D', (byte)text.Length));
}

/// <summary>A day as YYYY-MM-DD (<c>LocalDatePattern.Iso</c>).</summary>
internal sealed class IsoDateUtf8 : IsoUtf8<LocalDate>
{
    public static readonly IsoDateUtf8 Instance = new();

    public override bool TryRead(ReadOnlySpan<byte> text, out LocalDate value)
    {
        value = default;
        return text.Length == 10 && TryReadDate(text, out value);
    }

    public override bool TryWrite(LocalDate value, Span<byte> text, out int written)
    {
        written = TryWriteDate(value, text) ? 10 : 0;
        return written > 0;
    }
}

/// <summary>An instant as YYYY-MM-DDTHH:mm:ss, then a fraction of a second of one to nine digits if it has one, then Z (<c>InstantPattern.ExtendedIso</c>).</summary>
internal sealed class IsoInstantUtf8 : IsoUtf8<Instant>
{
    public static readonly IsoInstantUtf8 Instance = new();

    public override bool TryRead(ReadOnlySpan<byte> text, out Instant value)
    {
        value = default;
        if (!TryReadDate(text, out var date) || text.Length < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[^1] != 'Z'
            || !Number(text.Slice(11, 2), out var hour) || !Number(text.Slice(14, 2), out var minute) || !Number(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var nanoseconds = 0;
        if (text.Length > 20)
        {
            // A point and one to nine digits: each digit a tenth of the one before.
            var fraction = text[20..^1];
            if (text[19] != '.' || fraction.Length is < 1 or > 9 || !Number(fraction, out nanoseconds))
            {
                return false;
            }

            for (var place = fraction.Length; place < 9; place++)
            {
                nanoseconds *= 10;
            }
        }
        else if (text.Length != 20)
        {
            return false;
        }

        value = date.At(new LocalTime(hour, minute, second)).InUtc().ToInstant().PlusNanoseconds(nanoseconds);
        return true;
    }

    public override bool TryWrite(Instant value, Span<byte> text, out int written)
    {
        written = 0;
        var at = value.InUtc().LocalDateTime;
        if (!TryWriteDate(at.Date, text))
        {
            return false;
        }

        text[10] = (byte)'T';
        Digits(at.Hour, text.Slice(11, 2));
        text[13] = (byte)':';
        Digits(at.Minute, text.Slice(14, 2));
        text[16] = (byte)':';
        Digits(at.Second, text.Slice(17, 2));
        written = 19;
        if (at.NanosecondOfSecond is var nanoseconds and > 0)
        {
            // As few digits as the fraction needs: no trailing zeros.
            var digits = 9;
            for (; nanoseconds % 10 == 0; nanoseconds /= 10)
            {
                digits--;
            }

            text[written++] = (byte)'.';
            Digits(nanoseconds, text.Slice(written, digits));
            written += digits;
        }

        text[written++] = (byte)'Z';
        return true;
    }
}
