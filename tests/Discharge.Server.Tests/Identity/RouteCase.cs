using System.Net;
using System.Text.RegularExpressions;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Identity;

/// <summary>What one request is about: the value of its route's parameter (none for a route without one) and the body it sends.</summary>
public sealed record RouteSubject(string? Parameter, object? Body = null)
{
    public RouteSubject(Guid id, object? body = null)
        : this(id.ToString(), body)
    {
    }
}

/// <summary>One route of the access matrix: how the subject of a request to it is prepared, and the status each caller gets.</summary>
public sealed partial record RouteCase(
    HttpMethod Method, string Pattern, Func<Subjects, Task<RouteSubject>> Prepare, Func<AccessCell, HttpStatusCode> Expected, string Query = "")
{
    /// <summary>The route as the endpoint data source names it: its method and pattern.</summary>
    public string Route => $"{Method.Method} {Pattern}";

    /// <summary>A request from <paramref name="caller"/> about a subject prepared for it; a command with an idempotency key of its own.</summary>
    public async Task<HttpRequestMessage> RequestAsync(Subjects subjects, AccessCell caller)
    {
        var subject = await (SucceedsOnItsSubject(caller) ? Prepare(subjects) : subjects.SharedAsync(Route, Prepare));
        var url = RouteParameter().Replace(Pattern, subject.Parameter ?? "") + Query;
        var request = Method == HttpMethod.Post ? HospitalClient.Command(url, subject.Body ?? new { }) : new HttpRequestMessage(Method, url);
        request.Headers.Authorization = TestTokens.Bearer(caller.Organisation, caller.Role);
        return request;
    }

    /// <summary>
    /// A command the caller may send changes its subject (a panel applied for twice is refused), so it gets one of its own;
    /// readers, and the callers a command refuses, share one that none of their answers should change: were a refusal
    /// to become a success, that caller's answer would be wrong whatever it did to the others'.
    /// </summary>
    private bool SucceedsOnItsSubject(AccessCell caller) => Method == HttpMethod.Post && (int)Expected(caller) is >= 200 and < 300;

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
