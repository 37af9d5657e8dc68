using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Discharge.Server.Hosting;

/// <summary>
/// The OpenAPI document as a person reads it in the API reference: operations grouped under the part of the scheme they
/// belong to (Wolverine would tag each with its endpoint class's full name), and each command's headers declared.
/// </summary>
internal sealed class OperationsForPeople : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <summary>Each feature folder's endpoints, by the tag they appear under, in the order the reference lists them.</summary>
    private static readonly (string Feature, string Tag, string Description)[] Groups =
    [
        ("Episodes", "Episodes", "Notices and facts of one patient's stay, from the assessment notice to the departure, and its liability."),
        ("Statements", "Statements and payments", "What an NHS body bills a council each month, and what the council pays."),
        ("Disputes", "Disputes", "A council's disputes of billed days, the NHS body's answers and the panel's course."),
        ("Recovery", "Recovery claims", "After a transfer of responsibility, the first council's claim on the council that took over."),
        ("Reporting", "Reports", "Liability, delayed days and the census, from the delay ledgers."),
        ("Returns", "Reports", ""),
        ("Notifications", "Notifications", "The council's liability-started notices."),
        ("Audit", "Audit", "Event history, the auditors' logs and the verification of the read models."),
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Tags = new HashSet<OpenApiTag>(Groups.Where(g => g.Description.Length > 0).Select(g => new OpenApiTag { Name = g.Tag, Description = g.Description }));
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        // Wolverine names the endpoint class as the description's controller, which the generator makes its tag.
        var named = metadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).Append(context.Description.ActionDescriptor.RouteValues.TryGetValue("controller", out var controller) ? controller ?? "" : "");
        if (named.Select(TagOf).FirstOrDefault(t => t is not null) is { } tag)
        {
            operation.Tags = new HashSet<OpenApiTagReference> { new(tag, context.Document) };
        }

        if (IsCommand(context.Description.HttpMethod, metadata))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Header(CommandOrigin.IdempotencyKeyHeader, required: true,
                "Chosen by the client, the same on every retry of the command: a retry gets the first answer and records nothing."));
            operation.Parameters.Add(Header(CommandOrigin.CorrelationIdHeader, required: false,
                "Recorded with the events and sent back; without it, the trace id of a W3C traceparent, else one the service makes."));
        }

        return Task.CompletedTask;
    }

    /// <summary>Every POST but the auditors' verification is a command, refused (400 missing-headers) without an idempotency key.</summary>
    private static bool IsCommand(string? method, IList<object> metadata) =>
        HttpMethods.IsPost(method ?? "") && !metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AccessPolicies.AuditLog);

    /// <summary>The tag of an endpoint class's full name (Discharge.Server.Feature.…); null for a tag that is not one.</summary>
    private static string? TagOf(string endpointClass) =>
        endpointClass.Split('.') is ["Discharge", "Server", var feature, ..] ? Groups.FirstOrDefault(g => g.Feature == feature).Tag : null;

    private static OpenApiParameter Header(string name, bool required, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
