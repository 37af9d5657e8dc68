using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Hosting;

/// <summary>
/// Reads and writes a NodaTime value in its ISO pattern, refusing days outside 1900–2199: far beyond any date of the
/// scheme, and far inside NodaTime's range, so day arithmetic on what a client sends cannot overflow.
/// </summary>
internal sealed class BoundedDateConverter<T>(IPattern<T> pattern, Func<T, LocalDate> dayOf) : JsonConverter<T>
{
    private static readonly LocalDate Earliest = new(1900, 1, 1);
    private static readonly LocalDate Latest = new(2199, 12, 31);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Without a message of its own, the exception is reported with the JSON path of the field at fault.
        var parsed = reader.TokenType == JsonTokenType.String ? pattern.Parse(reader.GetString()!) : null;
        if (parsed is not { Success: true })
        {
            throw new JsonException();
        }

        var day = dayOf(parsed.Value);
        return day >= Earliest && day <= Latest
            ? parsed.Value
            : throw new JsonException($"'{reader.GetString()}' is outside the years {Earliest.Year} to {Latest.Year}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(pattern.Format(value));
}
