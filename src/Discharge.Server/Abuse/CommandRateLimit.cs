using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Discharge.Server.Abuse;

/// <summary>
/// Commands (any POST) are limited per sending organisation, in fixed windows of a minute, so that one
/// organisation's runaway client cannot starve the others. Reads are not limited. Runs after authorisation: the
/// organisation is the token's, and a refused token spends no permit.
/// </summary>
internal static class CommandRateLimit
{
    public const string CommandsPerMinuteSetting = "Discharge:RateLimit:CommandsPerMinute";

    /// <summary>100 a second from one organisation: far beyond a discharge team's pace, short of a flood.</summary>
    public const int DefaultCommandsPerMinute = 6000;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddCommandRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue(CommandsPerMinuteSetting, DefaultCommandsPerMinute);
        if (permits < 1)
        {
            throw new InvalidOperationException($"{CommandsPerMinuteSetting} must be 1 or more; it is {permits}.");
        }

        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && http.User.FindFirstValue(DischargeRoles.OrganisationClaim) is { } organisation
                    ? RateLimitPartition.GetFixedWindowLimiter(organisation.ToUpperInvariant(), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = Window,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = RefuseAsync;
        });
    }

    private static async ValueTask RefuseAsync(OnRejectedContext context, CancellationToken cancellation)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await new ProblemDetails
        {
            Type = DischargeProblems.TypeBase + "too-many-requests",
            Title = "Too many commands from this organisation.",
            Status = StatusCodes.Status429TooManyRequests,
            Detail = $"'{http.User.FindFirstValue(DischargeRoles.OrganisationClaim)}' has sent its commands for this minute. " +
                     $"Nothing was recorded: send it again after {seconds} s (Retry-After), with the same Idempotency-Key.",
        }.ToResult().ExecuteAsync(http);
    }
}
