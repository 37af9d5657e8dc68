using Discharge.Server.Identity;
using Scalar.AspNetCore;

namespace Discharge.Server.Hosting;

/// <summary>
/// The API reference page (Scalar) over the OpenAPI document, anonymous as the document is. Its script comes from
/// the package itself; the page reaches nowhere else (no web fonts, telemetry or AI agent), since the service may
/// run where nothing outside is reachable and its callers handle patient data.
/// </summary>
internal static class ApiReference
{
    public const string Path = "/scalar";

    public static void MapApiReference(this WebApplication app) =>
        app.MapScalarApiReference(Path, options => options
                .WithTitle("Discharge API")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .AddPreferredSecuritySchemes(BearerSecurity.SchemeName))
            .AllowAnonymous();
}
