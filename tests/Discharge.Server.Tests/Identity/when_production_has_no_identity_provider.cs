using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Identity;

/// <summary>Outside Development the service refuses to start until it is told how to check tokens.</summary>
public class when_production_has_no_identity_provider
{
    [Fact]
    public async Task the_server_exits_1_with_one_line_naming_the_settings_before_starting_a_database()
    {
        // Without a connection string or PostgreSQL binaries, a server that went on would fail on the database instead.
        var run = await ServerProcess.RunAsync([], new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // The in-process test servers name Development here, and it would win.
            ["DOTNET_ENVIRONMENT"] = null,
            ["ConnectionStrings__Marten"] = null,
            ["DISCHARGE_PG_BINDIR"] = Path.Combine(Path.GetTempPath(), $"no-postgresql-{Guid.NewGuid():N}"),
        });

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(
            "error: no identity provider is configured: set Discharge:Identity:Authority and Discharge:Identity:Audience " +
            "(or Discharge:Identity:SigningKey); only Development signs tokens with a local key" + Environment.NewLine);
    }

    [Fact]
    public async Task a_signing_key_too_short_to_be_safe_is_refused_at_start_up()
    {
        var run = await ServerProcess.RunAsync([], new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = null,
            ["Discharge__Identity__SigningKey"] = Convert.ToBase64String(new byte[16]),
            ["ConnectionStrings__Marten"] = null,
            ["DISCHARGE_PG_BINDIR"] = Path.Combine(Path.GetTempPath(), $"no-postgresql-{Guid.NewGuid():N}"),
        });

        run.ExitCode.Should().Be(1);
        run.Error.Should().Be("error: Discharge:Identity:SigningKey: the signing key must be base64 of at least 32 bytes" + Environment.NewLine);
    }
}
