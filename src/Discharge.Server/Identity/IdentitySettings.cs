namespace Discharge.Server.Identity;

/// <summary>
/// The settings under <c>Discharge:Identity</c>: an OpenID Connect provider's authority and the audience its tokens
/// name, or a signing key the service shares with whoever mints its tokens. With neither, Development signs and
/// checks tokens with a key kept in the user's profile (<see cref="LocalSigningKey"/>); any other environment refuses.
/// </summary>
public sealed record IdentitySettings(string? Authority, string Audience, string Issuer, string? SigningKey)
{
    public const string Section = "Discharge:Identity";

    /// <summary>The audience and issuer of tokens signed with a shared or local key, unless configured.</summary>
    public const string LocalAudience = "discharge";

    public const string LocalIssuer = "discharge-local";

    public static IdentitySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new IdentitySettings(
            Blank(section["Authority"]),
            Blank(section["Audience"]) ?? LocalAudience,
            Blank(section["Issuer"]) ?? LocalIssuer,
            Blank(section["SigningKey"]));
    }

    /// <summary>Tokens come from an identity provider, not from the <c>token</c> command.</summary>
    public bool NamesProvider => Authority is not null;

    /// <summary>Why the service could not authenticate anyone in <paramref name="environment"/>, or null when it can.</summary>
    private string? Missing(IHostEnvironment environment) => NamesProvider || SigningKey is not null || environment.IsDevelopment()
        ? null
        : $"no identity provider is configured: set {Section}:Authority and {Section}:Audience (or {Section}:SigningKey); " +
          "only Development signs tokens with a local key";

    /// <summary>What is missing or wrong, told before the service starts rather than on its first request; null when nothing is.</summary>
    public string? Fault(IHostEnvironment environment)
    {
        if (Missing(environment) is { } missing)
        {
            return missing;
        }

        if (NamesProvider || SigningKey is null)
        {
            return null;
        }

        try
        {
            _ = LocalSigningKey.For(this);
            return null;
        }
        catch (IdentityConfigurationException e)
        {
            return e.Message;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
