using Discharge.Server.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Abuse;

/// <summary>
/// Refuses a request body larger than the cap with 413 problem details, before any endpoint reads it. A declared
/// length is checked at once; a body of unknown length (chunked) is read up to one byte past the cap and kept in
/// memory for the endpoint, which the cap keeps small. The cap is this middleware's, not Kestrel's: Kestrel's
/// own limit would answer with no problem details, and under a test host it does not apply at all.
/// </summary>
internal static class RequestBodyCap
{
    public const string MaxRequestBodyBytesSetting = "Discharge:MaxRequestBodyBytes";

    /// <summary>A command is a few hundred bytes; 64 KiB leaves room for long free-text fields and nothing more.</summary>
    public const long DefaultMaxRequestBodyBytes = 64 * 1024;

    public static WebApplication UseRequestBodyCap(this WebApplication app)
    {
        var cap = app.Configuration.GetValue(MaxRequestBodyBytesSetting, DefaultMaxRequestBodyBytes);
        if (cap < 1)
        {
            throw new InvalidOperationException($"{MaxRequestBodyBytesSetting} must be 1 or more; it is {cap}.");
        }

        app.Use(async (http, next) =>
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrelLimit)
            {
                kestrelLimit.MaxRequestBodySize = null;
            }

            var request = http.Request;
            if (request.ContentLength > cap)
            {
                await RefuseAsync(http, cap);
                return;
            }

            if (request.ContentLength is null && http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
            {
                var body = new MemoryStream();
                var read = await CopyAtMostAsync(request.Body, body, cap + 1, http.RequestAborted);
                if (read > cap)
                {
                    await RefuseAsync(http, cap);
                    return;
                }

                body.Position = 0;
                request.Body = body;
                request.ContentLength = read;
                http.Response.RegisterForDispose(body);
            }

            await next(http);
        });
        return app;
    }

    private static async Task<long> CopyAtMostAsync(Stream from, Stream to, long limit, CancellationToken cancellation)
    {
        var buffer = new byte[16 * 1024];
        long total = 0;
        while (total < limit)
        {
            var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total)), cancellation);
            if (read == 0)
            {
                break;
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellation);
            total += read;
        }

        return total;
    }

    private static Task RefuseAsync(HttpContext http, long cap)
    {
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return new ProblemDetails
        {
            Type = DischargeProblems.TypeBase + "body-too-large",
            Title = "The request body is too large.",
            Status = StatusCodes.Status413PayloadTooLarge,
            Detail = $"A request body may hold at most {cap} bytes. Nothing was recorded.",
        }.ToResult().ExecuteAsync(http);
    }
}
