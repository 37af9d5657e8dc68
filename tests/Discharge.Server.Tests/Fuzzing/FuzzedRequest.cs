using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Discharge.Server.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Discharge.Server.Tests.Fuzzing;

/// <summary>One random request: a route with its parameters, query and body made up or mutated, and random headers.</summary>
public sealed partial record FuzzedRequest(
    HttpMethod Method, string Url, string? Body, string? ContentType, string? IdempotencyKey, string Organisation, string Role)
{
    private static readonly string[] Organisations = [Requests.NhsBody, Requests.Council, "E08000025", "RX1", "AUDIT", "", "W06000001"];
    private static readonly string[] Roles = ["hospital", "council", "auditor", "admin", ""];
    private static readonly string[] ContentTypes = ["application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded"];
    private static readonly string[] QueryNames = ["from", "to", "on", "page", "pageSize", "knownAt", "asOf", "council", "format"];

    /// <summary>Valid bodies to mutate a field of: a mutated valid body reaches deeper than noise.</summary>
    private static readonly Dictionary<string, object?>[] Seeds =
    [
        Requests.AssessmentNotice("2004-01-12T10:15:00Z"),
        Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"),
        new() { ["on"] = "2004-01-20" },
        new() { ["council"] = Requests.Council, ["month"] = "2004-01" },
        new() { ["amount"] = 100, ["reference"] = "BACS 0042" },
        new() { ["outcome"] = "accept-part", ["reason"] = "x", ["days"] = new[] { "2004-01-20" } },
    ];

    public static Gen<FuzzedRequest> For(IReadOnlyList<(HttpMethod Method, string Pattern)> routes, Guid episode) =>
        from route in Gen.Elements(routes.ToArray())
        from parameter in Gen.OneOf(Gen.Constant(episode.ToString()), Gen.Fresh(() => Guid.NewGuid().ToString()),
            Gen.Elements(Requests.NhsBody, Requests.Council, "E06000058", "%00", "..", "0"), Text())
        from query in Gen.ListOf(from name in Gen.Elements(QueryNames) from value in Gen.OneOf(Text(), Gen.Elements("2004-01-01", "2199-12-31", "-1", "0")) select $"{name}={Uri.EscapeDataString(value)}")
        from body in Gen.OneOf(Gen.Constant<string?>(null), Text().Select(t => (string?)t), Json(3).Select(j => (string?)j), MutatedSeed().Select(j => (string?)j))
        from contentType in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(ContentTypes).Select(c => (string?)c))
        from key in Gen.OneOf(Gen.Constant<string?>(null), Gen.Fresh(() => (string?)Guid.NewGuid().ToString()), Text().Select(t => (string?)t))
        from organisation in Gen.Elements(Organisations)
        from role in Gen.Elements(Roles)
        select new FuzzedRequest(
            route.Method,
            RouteParameter().Replace(route.Pattern, Uri.EscapeDataString(parameter)) + (query.Count > 0 ? "?" + string.Join('&', query) : ""),
            body, contentType, key, organisation, role);

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(Method, Url);
        if (Body is not null)
        {
            request.Content = new StringContent(Body, Encoding.UTF8);
            request.Content.Headers.Remove("Content-Type");
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (IdempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey);
        }

        request.Headers.Authorization = TestTokens.Bearer(Organisation, Role);
        return request;
    }

    /// <summary>Printable ASCII, short or long (header values must be ASCII; bodies and paths are escaped).</summary>
    private static Gen<string> Text() =>
        from length in Gen.Elements(0, 1, 5, 40, 300)
        from chars in Gen.ArrayOf(Gen.Choose(32, 126).Select(c => (char)c), length)
        select new string(chars);

    private static Gen<string> Json(int depth) => Value(depth).Select(v => JsonSerializer.Serialize(v));

    private static Gen<object?> Value(int depth) => depth == 0
        ? Scalar()
        : Gen.OneOf(
            Scalar(),
            Gen.ListOf(Value(depth - 1)).Select(items => (object?)items.ToArray()),
            from fields in Gen.ListOf(from name in Gen.OneOf(Gen.Elements(Seeds.SelectMany(s => s.Keys).ToArray()), Text()) from value in Value(depth - 1) select (name, value))
            select (object?)fields.DistinctBy(f => f.name).ToDictionary(f => f.name, f => f.value));

    private static Gen<object?> Scalar() => Gen.OneOf(
        Gen.Constant<object?>(null),
        Gen.Elements<object?>(true, false, 0, -1, int.MaxValue, 1e308, 0.5m, "2004-01-12", "2004-01-12T10:15:00Z", "9999-99-99", "", "E06000015", "RTG"),
        Text().Select(t => (object?)t));

    /// <summary>A valid body with one field replaced by any value, or removed.</summary>
    private static Gen<string> MutatedSeed() =>
        from seed in Gen.Elements(Seeds)
        from field in Gen.Elements(seed.Keys.ToArray())
        from remove in Gen.Elements(true, false)
        from value in Value(2)
        select JsonSerializer.Serialize(remove
            ? seed.Where(f => f.Key != field).ToDictionary()
            : seed.Select(f => f.Key == field ? KeyValuePair.Create(f.Key, value) : f).ToDictionary());

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
