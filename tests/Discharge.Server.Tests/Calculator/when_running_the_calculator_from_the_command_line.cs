using System.Diagnostics;
using System.Text.Json;

namespace Discharge.Server.Tests.Calculator;

/// <summary>The server executable's <c>calc</c> command runs without a database and reports through its exit code.</summary>
public class when_running_the_calculator_from_the_command_line
{
    private static async Task<(int ExitCode, string Output, string Error)> Execute(string scenario)
    {
        var server = Path.Combine(AppContext.BaseDirectory, "Discharge.Server.dll");
        var start = new ProcessStartInfo("dotnet", [server, "calc", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Marten"] = "Host=unreachable.invalid";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(scenario);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task a_good_scenario_prints_json_and_exits_zero()
    {
        var (exitCode, output, error) = await Execute(CalculatorRun.Scenario(CalculatorRun.E1Notices + """, {"type": "discharged", "on": "2004-01-20"}"""));

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        JsonDocument.Parse(output).RootElement.GetProperty("totalAmount").GetDecimal().Should().Be(500m);
    }

    [Fact]
    public async Task a_bad_scenario_prints_the_field_and_exits_non_zero()
    {
        var (exitCode, output, error) = await Execute(CalculatorRun.Scenario("""{"type": "discharged"}"""));

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("error: standard input: events[0].on: missing" + Environment.NewLine);
    }
}
