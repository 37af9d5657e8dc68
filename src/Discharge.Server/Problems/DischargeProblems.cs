using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Problems;

/// <summary>RFC 7807 problem details with a stable <c>type</c> per kind of failure.</summary>
public static class DischargeProblems
{
    /// <summary>Problem types are relative URIs naming the failure; clients match on them.</summary>
    public const string TypeBase = "/problems/";

    public static ValidationProblemDetails Invalid(IDictionary<string, string[]> errors) => new(errors)
    {
        Type = TypeBase + "validation",
        Title = "The request is not valid.",
        Status = StatusCodes.Status400BadRequest,
    };
}
