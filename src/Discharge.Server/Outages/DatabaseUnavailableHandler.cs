using System.Globalization;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Outages;

/// <summary>
/// While the database cannot be reached, a request answers 503 problem details with <c>Retry-After</c> instead of a
/// 500: whatever it was, it may be sent again (a command with the same idempotency key, which answers as before if it
/// was in fact recorded).
/// </summary>
internal sealed partial class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client waits before sending again: long enough for a database restart or a fail-over to begin.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.IsOutage(exception))
        {
            return false;
        }

        LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.AnswerAsync(httpContext, exception, new ProblemDetails
        {
            Type = DischargeProblems.TypeBase + "database-unavailable",
            Title = "The event store cannot be reached just now.",
            Status = StatusCodes.Status503ServiceUnavailable,
            Detail = $"Send the same request again after {RetryAfterSeconds} s (Retry-After), a command with the same Idempotency-Key: " +
                     "if it was recorded before the database went away, the retry gets its first answer, and it is never recorded twice.",
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the database cannot be reached ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string reason);
}
