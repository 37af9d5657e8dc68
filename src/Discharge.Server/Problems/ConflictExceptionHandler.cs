using JasperFx;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Problems;

/// <summary>
/// A write that lost a race (a second first notice for one episode, a stale stream version) answers
/// 409 problem details: nothing of it was stored, and the client may re-read and retry.
/// </summary>
internal sealed class ConflictExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var detail = exception switch
        {
            ExistingStreamIdCollisionException => "This episode already exists: its first notice was recorded by an earlier request.",
            ConcurrencyException => "The episode changed while this request was being handled. Nothing was recorded: read it again and retry.",
            DocumentAlreadyExistsException => "Another copy of this command, under the same idempotency key, finished first: retry to get its answer.",
            _ => null,
        };
        if (detail is null)
        {
            return false;
        }

        return await problems.AnswerAsync(httpContext, exception, new ProblemDetails
        {
            Type = DischargeProblems.TypeBase + "conflict",
            Title = "The request conflicts with the episode's recorded history.",
            Status = StatusCodes.Status409Conflict,
            Detail = detail,
        });
    }
}
