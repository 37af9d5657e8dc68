using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Calculator;

/// <summary>The README's <c>dotnet run --project … -- calc</c>, typed in a folder of the user's own.</summary>
public class when_running_the_calculator_with_dotnet_run
{
    [Fact]
    public async Task a_relative_path_names_a_file_of_the_callers_folder_and_standard_output_holds_only_json()
    {
        var folder = Directory.CreateTempSubdirectory("discharge-calc-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "rel.json"),
                CalculatorRun.Scenario(CalculatorRun.E1Notices + """, {"type": "discharged", "on": "2004-01-20"}"""));

            var run = await ServerProcess.DotnetRunAsync(folder.FullName, "calc", "rel.json");

            run.Error.Should().BeEmpty();
            run.ExitCode.Should().Be(0);
            var json = JsonDocument.Parse(run.Output).RootElement;
            json.GetProperty("totalDays").GetInt32().Should().Be(5);
            json.GetProperty("totalAmount").GetDecimal().Should().Be(500m);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
