using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Calculator;

/// <summary>The server executable's <c>calc</c> command runs without a database and reports through its exit code.</summary>
public class when_running_the_calculator_from_the_command_line
{
    // An unreachable database proves the calculator never opens one.
    private static Task<ServerProcess> Execute(string scenario) => ServerProcess.RunAsync(
        ["calc", "-"], new Dictionary<string, string?> { ["ConnectionStrings__Marten"] = "Host=unreachable.invalid" }, scenario);

    [Fact]
    public async Task a_good_scenario_prints_json_and_exits_zero()
    {
        var run = await Execute(CalculatorRun.Scenario(CalculatorRun.E1Notices + """, {"type": "discharged", "on": "2004-01-20"}"""));

        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
        JsonDocument.Parse(run.Output).RootElement.GetProperty("totalAmount").GetDecimal().Should().Be(500m);
    }

    [Fact]
    public async Task a_bad_scenario_prints_the_field_and_exits_non_zero()
    {
        var run = await Execute(CalculatorRun.Scenario("""{"type": "discharged"}"""));

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be("error: standard input: $.events[0].on: missing" + Environment.NewLine);
    }
}
