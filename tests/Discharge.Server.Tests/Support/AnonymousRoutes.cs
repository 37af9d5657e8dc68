namespace Discharge.Server.Tests.Support;

/// <summary>The only routes answered without a token: the health checks, the OpenAPI document, and the API reference page with its assets.</summary>
public static class AnonymousRoutes
{
    public const string ApiReferencePage = "/scalar/";

    public static readonly string[] Patterns =
    [
        "/health", "/health/live", "/health/ready", "/openapi/{documentName}.json",
        "/scalar/{documentName?}", "/scalar/scalar.js", "/scalar/scalar.aspnetcore.js", "/scalar/favicon.svg",
    ];
}
