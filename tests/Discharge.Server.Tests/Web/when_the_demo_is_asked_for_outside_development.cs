using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Web;

/// <summary>Demo episodes in a real store would be taken for real ones: <c>--demo</c> runs only in Development.</summary>
public class when_the_demo_is_asked_for_outside_development
{
    [Fact]
    public async Task the_server_exits_1_naming_the_environment_before_starting_a_database()
    {
        var run = await ServerProcess.RunAsync(["--demo"], new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = null,
            ["Discharge__Identity__SigningKey"] = TestTokens.SigningKey,
            ["ConnectionStrings__Marten"] = null,
            ["DISCHARGE_PG_BINDIR"] = Path.Combine(Path.GetTempPath(), $"no-postgresql-{Guid.NewGuid():N}"),
        });

        run.ExitCode.Should().Be(1);
        run.Error.Should().Be("error: --demo records demo episodes, and runs only in Development (this is Production)." + Environment.NewLine);
    }
}
