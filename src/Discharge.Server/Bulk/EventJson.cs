using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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

    private static readonly JsonSerializerOptions ReadOptions = DischargeJson.Configure(new JsonSerializerOptions());

    public static byte[] ToCanonicalUtf8(object value) => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);

    /// <summary>Reads stored data back for the read models, straight from the column's UTF-8 (<see cref="ReadModelData"/>), on any thread.</summary>
    public static object ReadForReadModels(ReadOnlySpan<byte> json, Type type) =>
        JsonSerializer.Deserialize(json, type, ReadOptions) ?? throw new JsonException($"A stored {type.Name} is null.");

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
}
