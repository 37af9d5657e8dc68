using Discharge.Server.Simulation;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Simulation;

/// <summary>The real executable's <c>simulate</c> (and <c>rebuild</c>) with wrong flags or no store: usage, refusals and exit codes, and no database started.</summary>
public class when_asking_simulate_for_what_it_cannot_do
{
    private static Task<ServerProcess> Execute(params string[] args) =>
        ServerProcess.RunAsync(args, new Dictionary<string, string?> { ["ConnectionStrings__Marten"] = null });

    [Fact]
    public async Task its_usage_is_printed()
    {
        var run = await Execute("help", "simulate");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(SimulateFlags.Usage + Environment.NewLine);
    }

    [Theory]
    [InlineData("--years: expected a whole number from 1 to 50; got 'ten'", "--years", "ten")]
    [InlineData("--from: expected a day YYYY-MM-DD from 2003; got '2012-13-01'", "--from", "2012-13-01")]
    [InlineData("--notices: expected a whole number from 1 to 20000; got '0'", "--notices", "0")]
    public async Task a_wrong_flag_prints_the_usage_on_standard_error_and_exits_2(string fault, params string[] flags)
    {
        var run = await Execute(["simulate", .. flags]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"error: {fault}{Environment.NewLine}{Environment.NewLine}{SimulateFlags.Usage}{Environment.NewLine}");
    }

    [Fact]
    public async Task without_a_configured_store_it_refuses_rather_than_fill_a_throw_away_one()
    {
        var run = await Execute("simulate", "--years", "1");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(
            "error: simulate writes to the configured event store, and none is: set ConnectionStrings__Marten (a throw-away local one would be gone when it ends)" + Environment.NewLine);
    }

    [Fact]
    public async Task a_rebuild_without_a_configured_store_is_refused_too()
    {
        var run = await Execute("rebuild");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(
            "error: rebuild rebuilds the configured event store's read models, and none is: set ConnectionStrings__Marten (a throw-away local one would be empty)" + Environment.NewLine);
    }
}
