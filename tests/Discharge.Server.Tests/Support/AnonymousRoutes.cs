namespace Discharge.Server.Tests.Support;

/// <summary>
/// The only routes answered without a token: the health checks, the OpenAPI document, the API reference page with its
/// assets, the national page (councils' figures, no patient's), the sign-in page (where a browser gets its token) and the
/// page framework's redirect.
/// </summary>
public static class AnonymousRoutes
{
    public const string ApiReferencePage = "/scalar/";

    public static readonly string[] Patterns =
    [
        "/health", "/health/live", "/health/ready", "/openapi/{documentName}.json",
        "/scalar/{documentName?}", "/scalar/scalar.js", "/scalar/scalar.aspnetcore.js", "/scalar/favicon.svg",
        "/", "/sign-in", "/_framework/opaque-redirect",
    ];
}
