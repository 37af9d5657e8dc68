using Discharge.Server.Calculator;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Hosting;

/// <summary>Help from the real executable: usage on standard output, exit 0, and no database started for it.</summary>
public class when_asking_for_help
{
    // An unreachable database proves that help never opens one; without it, help would start a local cluster.
    private static Task<ServerProcess> Execute(params string[] args) =>
        ServerProcess.RunAsync(args, new Dictionary<string, string?> { ["ConnectionStrings__Marten"] = null });

    [Theory]
    [InlineData("calc", "--help")]
    [InlineData("help", "calc")]
    public async Task the_calculators_usage_is_printed(params string[] args)
    {
        var run = await Execute(args);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(CalculatorCommand.Usage + Environment.NewLine);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task the_commands_are_listed_with_the_calculator_the_token_command_and_the_demo_flag_and_no_database_is_started(string flag)
    {
        var run = await Execute(flag);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("The available commands are:")
            .And.MatchRegex(@"\n  calc +Computes a scenario's liability as JSON")
            .And.MatchRegex(@"\n  token +Prints a bearer token signed with the local key")
            .And.Contain("  db-apply ")
            .And.Contain("Add --demo to run the service with demo data")
            .And.NotContain("Searching");
    }
}
