using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Discharge.Domain.Episodes;
using Discharge.Server.Audit.Chain;
using Discharge.Server.Hosting;

namespace Discharge.Server.Bulk;

/// <summary>
/// Event data in JSON as the store keeps it (the same names, converters and values), for the bulk paths, which go around
/// Marten's sessions. Written canonically, as the hash chain spells JSON (<see cref="CanonicalJson"/>: keys in ordinal
/// order, relaxed escaping), so that what the bulk import stores is hashed as it is, without parsing it again.
/// </summary>
internal static class EventJson
{
    private static readonly JsonSerializerOptions Options = DischargeJson.Configure(new JsonSerializerOptions
    {
        Encoder = CanonicalJson.WriterOptions.Encoder,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { InOrdinalOrder } },
    });

    /// <summary>
    /// For the read models, which never read what a notice said (its statutory contents, the patient's details): those
    /// are skipped, not materialised. The rebuild's test compares every document with the live projection's.
    /// </summary>
    private static readonly JsonSerializerOptions ReadModelOptions = DischargeJson.Configure(new JsonSerializerOptions
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutNoticeContents } },
    });

    public static byte[] ToCanonicalUtf8(object value) => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);

    /// <summary>Reads stored data back for the read models, straight from the column's UTF-8, on any thread.</summary>
    public static object ReadForReadModels(ReadOnlySpan<byte> json, Type type) =>
        JsonSerializer.Deserialize(json, type, ReadModelOptions) ?? throw new JsonException($"A stored {type.Name} is null.");

    private static void WithoutNoticeContents(JsonTypeInfo type)
    {
        if (type.Type == typeof(AssessmentNoticeGiven) || type.Type == typeof(DischargeNoticeGiven))
        {
            foreach (var contents in type.Properties.Where(p => p.Name == "contents"))
            {
                contents.CustomConverter = (JsonConverter)Activator.CreateInstance(typeof(Skipped<>).MakeGenericType(contents.PropertyType))!;
            }
        }
    }

    private static void InOrdinalOrder(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var ordered = type.Properties.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order = i;
        }
    }

    /// <summary>Reads past a value and makes nothing of it: null.</summary>
    private sealed class Skipped<T> : JsonConverter<T>
        where T : class
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            reader.Skip();
            return null;
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Only read: the read models skip what a notice said.");
    }
}
