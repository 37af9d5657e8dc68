using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Discharge.Server.Hosting;

/// <summary>One JSON shape for the API, the event store and the message store: camelCase, enums as strings, NodaTime ISO formats, bounded dates.</summary>
internal static class DischargeJson
{
    /// <summary>How enum values are written: <c>self-funded</c>, <c>blocked-by-nhs</c>.</summary>
    public static readonly JsonNamingPolicy EnumNaming = JsonNamingPolicy.KebabCaseLower;

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;

        // Names only: a number would bind whatever value happens to have it.
        options.Converters.Add(new JsonStringEnumConverter(EnumNaming, allowIntegerValues: false));

        // Ahead of NodaTime's own converters, which would otherwise read dates too extreme to count days from.
        options.Converters.Add(new BoundedDateConverter<LocalDate>(LocalDatePattern.Iso, day => day, IsoDateUtf8.Instance));
        options.Converters.Add(new BoundedDateConverter<Instant>(InstantPattern.ExtendedIso, instant => instant.InUtc().Date, IsoInstantUtf8.Instance));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }
}
