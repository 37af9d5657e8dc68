using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Hosting;

/// <summary>
/// The days the service accepts, in bodies and query strings alike: 1900–2199, far beyond any date of the scheme
/// and far inside NodaTime's range, so day arithmetic on what a client sends cannot overflow.
/// </summary>
internal static class DateBounds
{
    public static readonly LocalDate Earliest = new(1900, 1, 1);
    public static readonly LocalDate Latest = new(2199, 12, 31);

    /// <summary>What a client must send for a date, as problem details say it.</summary>
    public static readonly string DateExpected = $"a date as YYYY-MM-DD in the years {Earliest.Year} to {Latest.Year}, e.g. 2004-01-15";

    /// <summary>What a client must send for an instant, as problem details say it.</summary>
    public static readonly string InstantExpected = $"an ISO-8601 instant in UTC (ending in Z) in the years {Earliest.Year} to {Latest.Year}, e.g. 2004-01-12T10:15:00Z";

    public static bool Contain(LocalDate day) => day >= Earliest && day <= Latest;
}

/// <summary>
/// Reads and writes a NodaTime value in its ISO pattern, refusing days outside <see cref="DateBounds"/>: the form the
/// service writes read and written as UTF-8 directly (<paramref name="iso"/>), anything else by the pattern.
/// </summary>
internal sealed class BoundedDateConverter<T>(IPattern<T> pattern, Func<T, LocalDate> dayOf, IsoUtf8<T> iso) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && iso.TryRead(reader.ValueSpan, out var value) && DateBounds.Contain(dayOf(value)))
        {
            return value;
        }

        // Without a message of its own, the exception carries the JSON path of the field at fault, which
        // UnreadableBody turns into the field's error: a bad format and an extreme year are one expectation.
        var parsed = reader.TokenType == JsonTokenType.String ? pattern.Parse(reader.GetString()!) : null;
        return parsed is { Success: true } && DateBounds.Contain(dayOf(parsed.Value)) ? parsed.Value : throw new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[IsoUtf8<T>.MaxLength];
        if (iso.TryWrite(value, text, out var written))
        {
            writer.WriteStringValue(text[..written]);
        }
        else
        {
            writer.WriteStringValue(pattern.Format(value));
        }
    }
}
