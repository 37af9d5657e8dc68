using Microsoft.AspNetCore.Http;

namespace Discharge.Server.Problems;

/// <summary>
/// Wolverine answers a body it cannot read as the command (broken JSON, a value of the wrong JSON type) with a
/// generic 400 type of its own; this gives it ours, so clients can match every failure on a stable type.
/// </summary>
internal static class UnreadableBody
{
    private const string WolverineType = "https://httpstatuses.com/400";

    public static void Retype(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is { Status: StatusCodes.Status400BadRequest, Type: WolverineType } problem)
        {
            problem.Type = DischargeProblems.TypeBase + "unreadable-body";
            problem.Title = "The request body is not JSON of the command's shape.";
        }
    }
}
