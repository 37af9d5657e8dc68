using Discharge.Domain.Episodes.Decisions;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Problems;

/// <summary>
/// The one place a command's refusal becomes problem details: the rule's code is the problem type, and the kind of
/// refusal its status. A notice lacking contents answers with each field at fault, as a validation problem does.
/// </summary>
public static class RefusalProblems
{
    public static ProblemDetails ToProblem(this Refusal refusal)
    {
        var problem = refusal.Fields is { } fields ? new ValidationProblemDetails(fields.ToDictionary()) : new ProblemDetails { Detail = refusal.Detail };
        problem.Type = DischargeProblems.TypeBase + refusal.Code;
        problem.Title = refusal.Title;
        problem.Status = StatusOf(refusal.Kind);
        return problem;
    }

    private static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.NotAParty => StatusCodes.Status403Forbidden,
        RefusalKind.OutOfSequence => StatusCodes.Status409Conflict,
        RefusalKind.RuleBroken => StatusCodes.Status422UnprocessableEntity,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every kind of refusal has its status."),
    };
}
