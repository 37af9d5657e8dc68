using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Commands;

/// <summary>
/// What a command endpoint answers: <typeparamref name="TAccepted"/> when the command is recorded (or replayed to a
/// retry), problem details when it is refused. Typed so that the OpenAPI document names the acknowledgement a
/// client gets and the problem statuses any command may give.
/// </summary>
public sealed class CommandAnswer<TAccepted>(IResult answer) : IResult, IEndpointMetadataProvider
{
    private static readonly int[] ProblemStatuses =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
        StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity,
    ];

    public Task ExecuteAsync(HttpContext httpContext) => answer.ExecuteAsync(httpContext);

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeAttribute(typeof(TAccepted), StatusCodes.Status200OK, "application/json"));
        foreach (var status in ProblemStatuses)
        {
            builder.Metadata.Add(new ProducesResponseTypeAttribute(typeof(ProblemDetails), status, "application/problem+json"));
        }
    }
}
