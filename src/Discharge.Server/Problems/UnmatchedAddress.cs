using Microsoft.AspNetCore.Http;

namespace Discharge.Server.Problems;

/// <summary>
/// A 404 that no endpoint wrote (no route matches, or an episode id that is not a GUID, which the route cannot bind)
/// would carry ASP.NET's generic type; this gives it ours and says what was asked for.
/// </summary>
internal static class UnmatchedAddress
{
    public static void Retype(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is { Status: StatusCodes.Status404NotFound } problem
            && problem.Type?.StartsWith(DischargeProblems.TypeBase, StringComparison.Ordinal) != true)
        {
            var request = context.HttpContext.Request;
            problem.Type = DischargeProblems.TypeBase + "no-such-address";
            problem.Title = "Nothing answers at this address.";
            problem.Detail = $"No endpoint answers {request.Method} {request.Path}. Episode ids are GUIDs; the OpenAPI document at /openapi/v1.json lists the addresses.";
        }
    }
}
