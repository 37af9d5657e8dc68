using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Discharge.Server.Audit.Chain;

/// <summary>
/// One spelling for equal JSON, so that a hash taken over what the serializer wrote when an event was appended equals
/// one taken over what PostgreSQL hands back from its <c>jsonb</c> column, which reorders keys, respaces and re-escapes.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>
    /// Only ever hashed, never shown to a browser, so nothing needs HTML escaping; what matters is that both sides
    /// escape alike, which they do because both decode the strings first.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="json"/> with object keys in ordinal order, leaving out the top-level <paramref name="omitted"/>; null or empty JSON is an empty object.</summary>
    public static void WriteObject(Utf8JsonWriter writer, string? json, string? omitted = null)
    {
        if (string.IsNullOrEmpty(json))
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        using var document = JsonDocument.Parse(json);
        Write(writer, document.RootElement, omitted);
    }

    public static void Write(Utf8JsonWriter writer, JsonElement element, string? omitted = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().Where(p => p.Name != omitted).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(Number(element.GetRawText()), skipInputValidation: true);
                break;
            default:
                // true, false, null
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }

    /// <summary>
    /// PostgreSQL keeps a number's digits and scale (<c>1.50</c> stays <c>1.50</c>) but writes an exponent out in full
    /// (<c>1E+3</c> comes back as <c>1000</c>), so only an exponent is rewritten.
    /// </summary>
    private static string Number(string raw) =>
        raw.AsSpan().IndexOfAny('e', 'E') >= 0 && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : raw;
}
