namespace Discharge.Server.Commands;

/// <summary>Writes an already-serialised JSON answer, so a replayed answer is byte-for-byte the first one.</summary>
internal sealed class JsonTextResult(int statusCode, string json, string? location) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        if (location is not null)
        {
            httpContext.Response.Headers.Location = location;
        }

        await httpContext.Response.WriteAsync(json);
    }
}
