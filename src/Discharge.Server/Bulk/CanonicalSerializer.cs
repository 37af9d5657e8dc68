using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Discharge.Server.Audit.Chain;
using Discharge.Server.Hosting;

namespace Discharge.Server.Bulk;

/// <summary>
/// Serializes an event's data as the store does (the same names, converters and values) but canonically, as the hash
/// chain spells JSON (<see cref="CanonicalJson"/>: keys in ordinal order, relaxed escaping): what the bulk path stores is
/// then hashed as it is, without parsing it again.
/// </summary>
internal static class CanonicalSerializer
{
    private static readonly JsonSerializerOptions Options = DischargeJson.Configure(new JsonSerializerOptions
    {
        Encoder = CanonicalJson.WriterOptions.Encoder,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { InOrdinalOrder } },
    });

    public static byte[] ToUtf8Json(object value) => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);

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
