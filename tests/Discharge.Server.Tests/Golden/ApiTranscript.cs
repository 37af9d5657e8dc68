using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Discharge.Server.Tests.Golden;

/// <summary>
/// What users see of a run of API calls: for each call its method and address, the status and the body as sent, one
/// line each. <see cref="Text"/> replaces the values that differ from run to run (<see cref="VolatileValues"/>).
/// </summary>
public sealed partial class ApiTranscript
{
    private readonly StringBuilder calls = new();

    public void Add(HttpMethod method, Uri address, HttpStatusCode status, string body) =>
        calls.Append($"{method} {(address.IsAbsoluteUri ? address.PathAndQuery : address.OriginalString)}\n{(int)status}\n{body}\n\n");

    public string Text => VolatileValues(calls.ToString());

    /// <summary>
    /// The one place that says what varies between runs, and so is not compared: ids chosen as GUIDs (the episode's),
    /// numbered by first appearance so that the same id stays recognisable, and the W3C trace id of a problem answer's
    /// `traceId`. Nothing else does: the server's clock is the test's fixed one, and answers carry no versions.
    /// </summary>
    private static string VolatileValues(string text)
    {
        var ids = new Dictionary<string, string>();
        var numbered = Guid().Replace(text, id =>
        {
            var key = id.Value.ToLowerInvariant();
            return ids.TryGetValue(key, out var name) ? name : ids[key] = $"{{id-{ids.Count + 1}}}";
        });
        return TraceId().Replace(numbered, "{trace-id}");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")]
    private static partial Regex TraceId();
}
