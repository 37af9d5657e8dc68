using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Discharge.Server.Hosting;

/// <summary>
/// Describes NodaTime values in the OpenAPI document as the JSON carries them (<see cref="DischargeJson"/>): ISO
/// strings. Left alone, the document's generator knows nothing of their converters and describes them as anything.
/// </summary>
internal static class NodaTimeSchemas
{
    public static Task Describe(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellation)
    {
        var format = context.JsonTypeInfo.Type == typeof(LocalDate) ? "date"
            : context.JsonTypeInfo.Type == typeof(Instant) ? "date-time"
            : null;
        if (format is not null)
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = format;
        }

        return Task.CompletedTask;
    }
}
