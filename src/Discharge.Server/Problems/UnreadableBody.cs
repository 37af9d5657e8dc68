using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Discharge.Server.Problems;

/// <summary>
/// Wolverine answers a body it cannot read as the command with a generic 400 of its own, whose detail is the JSON
/// reader's message and names .NET types. This rewrites it in the client's terms: a value of the wrong kind in a
/// known field is a validation error of that field, saying what was expected; anything else (broken JSON, an
/// empty body, a body that is not an object) is an unreadable body, with where the reader stopped.
/// </summary>
internal static partial class UnreadableBody
{
    private const string WolverineType = "https://httpstatuses.com/400";
    private const string ConversionFailed = "The JSON value could not be converted to ";
    private const string CommandShape = "a JSON object with the command's fields (see /openapi/v1.json)";

    public static void Retype(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not { Status: StatusCodes.Status400BadRequest, Type: WolverineType } problem)
        {
            return;
        }

        // The reader's own position, counted from 0, would contradict the detail's, which people count from 1.
        problem.Extensions.Remove("lineNumber");
        problem.Extensions.Remove("bytePositionInLine");
        var fault = ReaderMessage().Match(problem.Detail ?? "");
        var reason = fault.Success ? fault.Groups["reason"].Value : problem.Detail ?? "";
        var path = fault.Success ? fault.Groups["path"].Value : "$";
        var http = context.HttpContext;
        var bodyType = http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var converting = reason.StartsWith(ConversionFailed, StringComparison.Ordinal);
        if (converting && path != "$" && bodyType is not null && JsonFieldTypes.Find(options, bodyType, path) is { } fieldType)
        {
            var expected = JsonFieldTypes.Expected(fieldType, options);
            DischargeProblems.MakeInvalid(problem, path[2..], $"Expected {expected}.");
            problem.Detail = $"{path}: expected {expected}.";
            return;
        }

        problem.Type = DischargeProblems.TypeBase + "unreadable-body";
        problem.Title = "The request body is not JSON of the command's shape.";
        problem.Detail =
            http.Request.ContentLength == 0 ? $"The body is empty: expected {CommandShape}."
            : converting ? $"{path}: expected {(path == "$" ? CommandShape : "a value of the type /openapi/v1.json gives")}."
            : $"The body is not well-formed JSON at {path} (line {Number(fault, "line")}, byte {Number(fault, "position")}){(NamesACodeType().IsMatch(reason) ? "." : ": " + reason)}";
    }

    /// <summary>The reader counts lines and bytes from 0; people count from 1.</summary>
    private static int Number(Match fault, string group) => fault.Success ? int.Parse(fault.Groups[group].Value) + 1 : 1;

    /// <summary>System.Text.Json's message: a reason, then where it stopped.</summary>
    [GeneratedRegex(@"^(?<reason>.*?) Path: (?<path>\S*) \| LineNumber: (?<line>\d+) \| BytePositionInLine: (?<position>\d+)\.$", RegexOptions.Singleline)]
    private static partial Regex ReaderMessage();

    /// <summary>A reason naming a type of this service or its libraries is no use to a client, and is left out.</summary>
    [GeneratedRegex(@"\b(?:Discharge|System|Microsoft|NodaTime|Marten|Wolverine|JasperFx)\.[A-Za-z]")]
    private static partial Regex NamesACodeType();
}
