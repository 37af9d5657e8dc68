using Discharge.Server.Problems;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Statements;

internal static class StatementProblems
{
    /// <summary>The delay ledgers, through which a month's episodes are found, are still projecting recent events.</summary>
    public static ProblemDetails ReportsCatchingUp() => new()
    {
        Type = DischargeProblems.TypeBase + "reports-catching-up",
        Title = "The reports are still taking in recent events.",
        Status = StatusCodes.Status503ServiceUnavailable,
        Detail = "A statement is issued only once every recorded event has reached the delay ledgers, so that no episode is missed. " +
                 "Nothing was recorded: send the same request again after the Retry-After seconds.",
    };
}
