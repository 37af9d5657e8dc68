using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Problems;

/// <summary>How an exception handler answers a request that failed: with the problem, under its status.</summary>
internal static class ExceptionProblems
{
    public static ValueTask<bool> AnswerAsync(this IProblemDetailsService problems, HttpContext httpContext, Exception exception, ProblemDetails problem)
    {
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }
}
