using System.Text.Json;
using Discharge.Server.Identity;
using Discharge.Server.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// The real executable's <c>token</c> command: one token on standard output, signed with the key file it makes in the
/// user's profile on first use (here a folder of the test's own), and no database.
/// </summary>
public sealed class when_minting_a_token : IDisposable
{
    private readonly DirectoryInfo profile = Directory.CreateTempSubdirectory("discharge-profile-");

    private Task<ServerProcess> Execute(IReadOnlyDictionary<string, string?>? settings = null, params string[] args)
    {
        // An unreachable database proves that the command never opens one; without it, it would start a local cluster.
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__Marten"] = null, ["XDG_CONFIG_HOME"] = profile.FullName };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        return ServerProcess.RunAsync(args, environment);
    }

    private string KeyFile => Path.Combine(profile.FullName, "discharge", "signing-key");

    [Fact]
    public async Task it_prints_a_token_signed_with_the_key_it_made_and_nothing_else()
    {
        var run = await Execute(null, "token", "--organisation", "rtg", "--role", "hospital", "--user", "sam.jones", "--hours", "2");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().EndWith(Environment.NewLine).And.NotContain(" ");
        var token = run.Output.TrimEnd();
        token.Split('.').Should().HaveCount(3);
        File.Exists(KeyFile).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(KeyFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the key is a secret");
        }

        var checkedToken = await CheckAsync(token);

        checkedToken.IsValid.Should().BeTrue(checkedToken.Exception?.Message);
        var claims = (JsonWebToken)checkedToken.SecurityToken;
        claims.GetClaim("organisation").Value.Should().Be("RTG");
        claims.GetClaim("role").Value.Should().Be("hospital");
        claims.GetClaim("name").Value.Should().Be("sam.jones");
        (claims.ValidTo - claims.IssuedAt).Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task a_second_token_is_signed_with_the_same_key()
    {
        await Execute(null, "token", "--organisation", "E06000015", "--role", "council");
        var key = await File.ReadAllTextAsync(KeyFile);

        var second = await Execute(null, "token", "--organisation", "E06000015", "--role", "council");

        (await File.ReadAllTextAsync(KeyFile)).Should().Be(key);
        (await CheckAsync(second.Output.TrimEnd())).IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task it_refuses_when_an_identity_provider_is_configured()
    {
        var run = await Execute(new Dictionary<string, string?> { ["Discharge__Identity__Authority"] = "https://login.example.nhs.uk" },
            "token", "--organisation", "RTG", "--role", "hospital");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be("error: Discharge:Identity:Authority names an identity provider (https://login.example.nhs.uk): the server accepts only its tokens, so ask it for one" + Environment.NewLine);
        File.Exists(KeyFile).Should().BeFalse();
    }

    [Theory]
    [InlineData("token")]
    [InlineData("token", "--organisation", "RTG")]
    [InlineData("token", "--organisation", "RTG", "--role", "admin")]
    [InlineData("token", "--organisation", "RTG", "--role", "hospital", "--hours", "0")]
    [InlineData("token", "--organisation", "RTG", "--role", "hospital", "--colour", "blue")]
    public async Task a_wrong_command_line_prints_the_usage_and_exits_2(params string[] args)
    {
        var run = await Execute(null, args);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(TokenCommand.Usage + Environment.NewLine);
    }

    [Theory]
    [InlineData("token", "--help")]
    [InlineData("help", "token")]
    public async Task its_usage_is_printed(params string[] args)
    {
        var run = await Execute(null, args);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(TokenCommand.Usage + Environment.NewLine);
    }

    /// <summary>The token checked as the server checks one signed with the local key.</summary>
    private async Task<TokenValidationResult> CheckAsync(string token) => await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
    {
        ValidIssuer = IdentitySettings.LocalIssuer,
        ValidAudience = IdentitySettings.LocalAudience,
        IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(await File.ReadAllTextAsync(KeyFile))),
    });

    public void Dispose() => profile.Delete(recursive: true);
}
