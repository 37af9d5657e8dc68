using System.Diagnostics;
using System.Security.Claims;
using Discharge.Server.Identity;
using Microsoft.AspNetCore.Http;

namespace Discharge.Server.Commands;

/// <summary>
/// Who sent a command, read from the caller's token (its organisation and user), and under which client-supplied
/// id and correlation id, read from the request headers.
/// </summary>
public sealed record CommandOrigin(string Organisation, string User, string IdempotencyKey, string CorrelationId)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string CorrelationIdHeader = "X-Correlation-ID";
    public const string TraceParentHeader = "traceparent";

    public string ReceiptId => $"{Organisation}|{IdempotencyKey}";

    /// <summary>The origin, or the names of the missing headers.</summary>
    public static (CommandOrigin? Origin, IReadOnlyList<string> Missing) From(HttpRequest request)
    {
        if (Header(request, IdempotencyKeyHeader) is not { } key)
        {
            return (null, [IdempotencyKeyHeader]);
        }

        // The authorisation policy let the command through only with an organisation claim.
        var caller = request.HttpContext.User;
        var organisation = caller.FindFirstValue(DischargeRoles.OrganisationClaim)
            ?? throw new InvalidOperationException("A command reached its endpoint without the sender's organisation.");
        return (new CommandOrigin(organisation.ToUpperInvariant(), new Caller(caller).UserName, key, CorrelationOf(request)), []);
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
