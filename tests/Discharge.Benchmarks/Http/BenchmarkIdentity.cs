using Discharge.Server.Identity;
using NodaTime;

namespace Discharge.Benchmarks.Http;

/// <summary>
/// The server under load runs as in production, so it is told a fresh signing key, and the harness signs its callers'
/// tokens with it.
/// </summary>
internal sealed class BenchmarkIdentity
{
    private readonly IdentitySettings identity = new(null, IdentitySettings.LocalAudience, IdentitySettings.LocalIssuer,
        Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

    /// <summary>
    /// The key, and a rate limit no load reaches: one organisation sends every command, tens of thousands a minute,
    /// which the default limit would mostly refuse.
    /// </summary>
    public Dictionary<string, string> ServerSettings() => new()
    {
        ["Discharge__Identity__SigningKey"] = identity.SigningKey!,
        ["Discharge__RateLimit__CommandsPerMinute"] = "10000000",
    };

    public string Token(string organisation, string role, string user) =>
        new LocalToken(organisation, role, user, Duration.FromDays(1))
            .SignWith(LocalSigningKey.For(identity), identity, SystemClock.Instance.GetCurrentInstant());
}
