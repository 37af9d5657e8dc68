using NodaTime;

namespace Discharge.Server.Identity;

/// <summary>
/// <c>token --organisation CODE --role ROLE [--user NAME] [--hours N]</c>: prints a token signed with the local key,
/// for the README's tour, the tests and local use. It needs no database and no host. Exit codes: 0 printed,
/// 1 the service takes its tokens from an identity provider (or has no local key in this environment), 2 the command line is wrong.
/// </summary>
public static class TokenCommand
{
    public const string Name = "token";

    public static readonly string Usage = $"""
        usage: token --organisation CODE --role ROLE [--user NAME] [--hours N]
          Prints a bearer token signed with the local key, and nothing else, on standard output; needs no database.
          --organisation CODE  the ODS code of an NHS body or the ONS code of a council
          --role ROLE          {string.Join(", ", DischargeRoles.All)}
          --user NAME          who holds the token (default: {DefaultUser})
          --hours N            how long it is valid (default: {DefaultHours})
          Refused when {IdentitySettings.Section}:Authority names an identity provider: ask the provider instead.
          Exit codes: 0 printed, 1 no local key serves this environment, 2 the command line is wrong.
        """;

    private const string DefaultUser = "local.user";
    private const int DefaultHours = 8;

    public static int Run(IReadOnlyList<string> args, IConfiguration configuration, IHostEnvironment environment, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        if (Parse(args) is not { } token)
        {
            stderr.WriteLine(Usage);
            return 2;
        }

        var settings = IdentitySettings.From(configuration);
        if (settings.NamesProvider)
        {
            stderr.WriteLine($"error: {IdentitySettings.Section}:Authority names an identity provider ({settings.Authority}): the server accepts only its tokens, so ask it for one");
            return 1;
        }

        if (settings.Fault(environment) is { } fault)
        {
            stderr.WriteLine($"error: {fault}");
            return 1;
        }

        try
        {
            stdout.WriteLine(token.SignWith(LocalSigningKey.For(settings), settings, clock.GetCurrentInstant()));
            return 0;
        }
        catch (IdentityConfigurationException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static LocalToken? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] is not ("--organisation" or "--role" or "--user" or "--hours") || i + 1 == args.Count || !values.TryAdd(args[i], args[i + 1]))
            {
                return null;
            }
        }

        var hours = DefaultHours;
        return values.TryGetValue("--organisation", out var organisation) && !string.IsNullOrWhiteSpace(organisation)
            && values.TryGetValue("--role", out var role) && DischargeRoles.All.Contains(role)
            && (!values.TryGetValue("--hours", out var given) || (int.TryParse(given, out hours) && hours > 0))
            ? new LocalToken(organisation.Trim().ToUpperInvariant(), role, values.GetValueOrDefault("--user", DefaultUser), Duration.FromHours(hours))
            : null;
    }
}
