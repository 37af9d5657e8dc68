using System.Text.Json;
using Discharge.Server.Identity;
using Discharge.Server.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// The OpenAPI document says that its operations need a JWT bearer token, so that a client generator adds the header
/// and the API reference page asks for a token.
/// </summary>
public sealed class when_the_openapi_document_names_the_bearer_token(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task the_bearer_scheme_is_declared()
    {
        var scheme = (await OpenApiAsync()).GetProperty("components").GetProperty("securitySchemes").GetProperty("bearerAuth");

        scheme.GetProperty("type").GetString().Should().Be("http");
        scheme.GetProperty("scheme").GetString().Should().Be("bearer");
        scheme.GetProperty("bearerFormat").GetString().Should().Be("JWT");
    }

    [Fact]
    public async Task every_operation_requires_it_and_no_anonymous_route_is_described()
    {
        var paths = (await OpenApiAsync()).GetProperty("paths");
        var operations = paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name} {path.Name}", Operation: operation.Value)))
            .ToList();

        operations.Select(o => o.Name).Should().Contain("post /episodes/{episodeId}/assessment-notice").And.Contain("get /census");
        foreach (var (name, operation) in operations)
        {
            operation.TryGetProperty("security", out var security).Should().BeTrue(name);
            JsonSerializer.Serialize(security).Should().Be("""[{"bearerAuth":[]}]""", name);
        }

        // Were one described, it would need no token: the document says so of none today.
        paths.EnumerateObject().Select(p => p.Name).Should().NotContain(AnonymousRoutes.Patterns);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task an_operation_allowing_anonymous_callers_would_not_require_it(bool anonymous)
    {
        var operation = new OpenApiOperation();
        var description = new ApiDescription { ActionDescriptor = new ActionDescriptor { EndpointMetadata = [anonymous ? new AllowAnonymousAttribute() : new AuthorizeAttribute()] } };
        var context = new OpenApiOperationTransformerContext
        {
            DocumentName = "v1", Description = description, ApplicationServices = server.Host.Services, Document = new OpenApiDocument(),
        };

        await new BearerSecurity().TransformAsync(operation, context, CancellationToken.None);

        (operation.Security is { Count: > 0 }).Should().Be(!anonymous);
    }

    private async Task<JsonElement> OpenApiAsync()
    {
        using var client = server.Host.Server.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
    }
}
