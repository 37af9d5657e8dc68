using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Discharge.Server.Commands;

/// <summary>Who sent a command and under which client-supplied id, read from the request headers.</summary>
public sealed record CommandOrigin(string Organisation, string User, string IdempotencyKey, string CorrelationId)
{
    public const string OrganisationHeader = "X-Organisation";
    public const string UserHeader = "X-User";
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string CorrelationIdHeader = "X-Correlation-ID";
    public const string TraceParentHeader = "traceparent";

    public string ReceiptId => $"{Organisation}|{IdempotencyKey}";

    /// <summary>The origin, or the names of the missing headers.</summary>
    public static (CommandOrigin? Origin, IReadOnlyList<string> Missing) From(HttpRequest request)
    {
        var organisation = Header(request, OrganisationHeader);
        var key = Header(request, IdempotencyKeyHeader);
        var missing = new List<string>();
        if (organisation is null)
        {
            missing.Add(OrganisationHeader);
        }

        if (key is null)
        {
            missing.Add(IdempotencyKeyHeader);
        }

        if (organisation is null || key is null)
        {
            return (null, missing);
        }

        var user = Header(request, UserHeader) ?? "unknown";
        return (new CommandOrigin(organisation.ToUpperInvariant(), user, key, CorrelationOf(request)), missing);
    }

    /// <summary>The client's own correlation id; else the trace id of the W3C trace context it sent; else the request's trace identifier.</summary>
    private static string CorrelationOf(HttpRequest request) =>
        Header(request, CorrelationIdHeader)
        ?? (ActivityContext.TryParse(Header(request, TraceParentHeader), null, out var trace) ? trace.TraceId.ToHexString() : null)
        ?? request.HttpContext.TraceIdentifier;

    private static string? Header(HttpRequest request, string name)
    {
        var value = request.Headers[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }
}
