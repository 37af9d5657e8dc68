using JasperFx.OpenTelemetry;
using Marten;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Discharge.Server.Telemetry;

/// <summary>
/// Traces and metrics of ASP.NET Core, Npgsql, Wolverine and Marten, and the service's own meter, exported by OTLP
/// to <c>Discharge:Telemetry:OtlpEndpoint</c> (or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>). Without one,
/// nothing is collected.
/// </summary>
internal static class TelemetrySetup
{
    /// <summary>The names Wolverine and Marten give their activity sources.</summary>
    private static readonly string[] CritterStack = ["Wolverine", "Marten"];

    /// <summary>Their meters: Wolverine's is named after the service ("Wolverine:" and its name).</summary>
    private static readonly string[] CritterStackMeters = ["Wolverine:*", "Marten"];

    public static void AddDischargeTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DischargeMetrics>();
        if (Endpoint(builder.Configuration) is not { } endpoint)
        {
            return;
        }

        // Marten times each session's connection and counts the events appended only when asked to.
        builder.Services.ConfigureMarten(options =>
        {
            options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
            options.OpenTelemetry.TrackEventCounters();
        });
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("discharge"))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddNpgsql().AddSource(CritterStack)
                .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(CritterStackMeters).AddMeter(DischargeMetrics.MeterName)
                .AddMeter("Npgsql").AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)));
    }

    /// <summary>The OTLP endpoint telemetry is exported to; null when none is configured.</summary>
    public static string? Endpoint(IConfiguration configuration) =>
        (configuration["Discharge:Telemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) is { } endpoint && !string.IsNullOrWhiteSpace(endpoint)
            ? endpoint
            : null;

    /// <summary>Counts every command answered, whatever answered it (an endpoint, a policy, a limit).</summary>
    public static void UseCommandCount(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<DischargeMetrics>();
        app.Use(async (context, next) =>
        {
            await next(context);
            if (HttpMethods.IsPost(context.Request.Method))
            {
                metrics.CommandAnswered(context.Response.StatusCode);
            }
        });
    }
}
