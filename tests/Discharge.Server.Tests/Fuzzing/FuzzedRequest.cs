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

    /// <summary>
    /// A body each episode command accepts, by the route's last segment: sent as it is or with a field mutated, it gets
    /// past validation to the episode's decisions and the rules behind them.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, object?>> CommandSeeds =
        CommandCase.All.ToDictionary(c => c.Key, c => JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(c.Value.Body))!);

    /// <summary>Valid bodies to mutate a field of: a mutated valid body reaches deeper than noise.</summary>
    private static readonly Dictionary<string, object?>[] Seeds =
    [
        .. CommandSeeds.Values,
        new() { ["council"] = Requests.Council, ["month"] = "2016-01" },
        new() { ["amount"] = 100, ["reference"] = "BACS 0042" },
        new() { ["outcome"] = "accept-part", ["reason"] = "x", ["days"] = new[] { "2016-01-20" } },
    ];

    /// <summary>Callers who may act, mostly, so that requests get past authorisation to binding and deciding; now and then anyone.</summary>
    private static readonly (string Organisation, string Role)[] Parties =
        [(Requests.NhsBody, "hospital"), (Requests.Council, "council"), ("AUDIT", "auditor")];

    /// <summary>Half of them made up anyhow, half plausible commands that reach the episode's decisions.</summary>
    public static Gen<FuzzedRequest> For(IReadOnlyList<(HttpMethod Method, string Pattern)> routes, Guid episode) =>
        Gen.OneOf(Anyhow(routes, episode), Plausible(episode));

    /// <summary>
    /// An episode command to the real episode, from its sender, with a fresh key and the command's valid body, as it is
    /// or with a field mutated: accepted, or refused by a rule on the history the earlier requests left.
    /// </summary>
    private static Gen<FuzzedRequest> Plausible(Guid episode) =>
        from command in Gen.Elements(CommandCase.All.Values.ToArray())
        from body in Gen.OneOf(Gen.Constant(JsonSerializer.Serialize(CommandSeeds[command.Path])), Mutated(Gen.Constant(CommandSeeds[command.Path])))
        from key in Gen.Fresh(() => Guid.NewGuid().ToString())
        let sender = Parties.Single(p => p.Organisation == command.Sender)
        select new FuzzedRequest(HttpMethod.Post, $"/episodes/{episode}/{command.Path}", body, "application/json", key, sender.Organisation, sender.Role);

    private static Gen<FuzzedRequest> Anyhow(IReadOnlyList<(HttpMethod Method, string Pattern)> routes, Guid episode) =>
        from route in Gen.Elements(routes.ToArray())
        from parameter in Gen.OneOf(Gen.Constant(episode.ToString()), Gen.Constant(episode.ToString()), Gen.Fresh(() => Guid.NewGuid().ToString()),
            Gen.Elements(Requests.NhsBody, Requests.Council, "E06000058", "%00", "..", "0"), Text())
        from query in Gen.ListOf(from name in Gen.Elements(QueryNames) from value in Gen.OneOf(Text(), Gen.Elements("2016-01-01", "2199-12-31", "-1", "0")) select $"{name}={Uri.EscapeDataString(value)}")
        from body in Gen.OneOf(Gen.Constant<string?>(null), Text().Select(t => (string?)t), Json(3).Select(j => (string?)j),
            Seed(route.Pattern).Select(j => (string?)JsonSerializer.Serialize(j)), Seed(route.Pattern).Select(j => (string?)JsonSerializer.Serialize(j)), Mutated(Seed(route.Pattern)).Select(j => (string?)j), Mutated(Seed(route.Pattern)).Select(j => (string?)j))
        from contentType in Gen.OneOf(Gen.Constant<string?>("application/json"), Gen.Constant<string?>("application/json"), Gen.Constant<string?>(null), Gen.Elements(ContentTypes).Select(c => (string?)c))
        from key in Gen.OneOf(Gen.Constant<string?>(null), Gen.Fresh(() => (string?)Guid.NewGuid().ToString()), Text().Select(t => (string?)t))
        from caller in Gen.OneOf(Gen.Elements(Parties), Gen.Elements(Parties), from o in Gen.Elements(Organisations) from r in Gen.Elements(Roles) select (o, r))
        select new FuzzedRequest(
            route.Method,
            RouteParameter().Replace(route.Pattern, Uri.EscapeDataString(parameter)) + (query.Count > 0 ? "?" + string.Join('&', query) : ""),
            body, contentType, key, caller.Item1, caller.Item2);

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
        Gen.Elements<object?>(true, false, 0, -1, int.MaxValue, 1e308, 0.5m, "2016-01-12", "2016-01-14", "2016-01-12T10:15:00Z", "9999-99-99", "", "E06000015", "RTG"),
        Text().Select(t => (object?)t));

    private static string LastSegment(string pattern) => pattern[(pattern.LastIndexOf('/') + 1)..];

    /// <summary>The route's own valid body where one is known (every episode command), else any of them.</summary>
    private static Gen<Dictionary<string, object?>> Seed(string pattern) =>
        CommandSeeds.TryGetValue(LastSegment(pattern), out var seed) ? Gen.Constant(seed) : Gen.Elements(Seeds);

    /// <summary>A valid body with one field replaced by any value, or removed.</summary>
    private static Gen<string> Mutated(Gen<Dictionary<string, object?>> seeds) =>
        from seed in seeds
        from field in Gen.Elements(seed.Keys.ToArray())
        from remove in Gen.Elements(true, false)
        from value in Value(2)
        select JsonSerializer.Serialize(remove
            ? seed.Where(f => f.Key != field).ToDictionary()
            : seed.Select(f => f.Key == field ? KeyValuePair.Create(f.Key, value) : f).ToDictionary());

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
