using Discharge.Server.Commands;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Problems;

/// <summary>RFC 7807 problem details with a stable <c>type</c> per kind of failure; clients match on the type.</summary>
public static class DischargeProblems
{
    /// <summary>Problem types are relative URIs naming the failure.</summary>
    public const string TypeBase = "/problems/";

    /// <summary>Fields missing or malformed (400).</summary>
    public static ValidationProblemDetails Invalid(IDictionary<string, string[]> errors) => new(errors)
    {
        Type = TypeBase + "validation",
        Title = "The request is not valid.",
        Status = StatusCodes.Status400BadRequest,
    };

    /// <summary>Turns a problem another layer wrote into the validation problem of one field.</summary>
    public static void MakeInvalid(ProblemDetails problem, string field, string message)
    {
        var invalid = Invalid(new Dictionary<string, string[]> { [field] = [message] });
        problem.Type = invalid.Type;
        problem.Title = invalid.Title;
        problem.Extensions["errors"] = invalid.Errors;
    }

    public static ProblemDetails MissingHeaders(IEnumerable<string> headers) => new()
    {
        Type = TypeBase + "missing-headers",
        Title = "Required request headers are missing.",
        Status = StatusCodes.Status400BadRequest,
        Detail = $"Every command needs the header {CommandOrigin.IdempotencyKeyHeader} (a client-chosen id, the same on every retry). " +
                 $"Missing: {string.Join(", ", headers)}.",
    };

    public static ProblemDetails IdempotencyKeyReused(string key) => new()
    {
        Type = TypeBase + "idempotency-key-reused",
        Title = "This idempotency key was used for a different command.",
        Status = StatusCodes.Status409Conflict,
        Detail = $"The key '{key}' was first used with a different route or payload. Nothing was recorded: use a new key for a new command.",
    };

    /// <summary>The problem as a typed result, so that an endpoint can declare it beside its success type for OpenAPI.</summary>
    public static ProblemHttpResult ToResult(this ProblemDetails problem) => TypedResults.Problem(problem);
}
