using System.Text.Json;
using Discharge.Server.Tests.Calculator;

namespace Discharge.Server.Tests.Golden;

/// <summary>
/// The calculator's output for each saved scenario (Scenarios/*.json) is byte for byte its saved answer
/// (Scenarios/*.expected.json): a change to the engine that users would see fails here (GoldenFile to update).
/// </summary>
public class when_calculating_the_saved_scenarios
{
    private static readonly string Folder = Path.Combine(GoldenFile.Folder, "Scenarios");

    public static TheoryData<string> Scenarios => new(ScenarioFiles().Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void the_output_is_the_saved_one(string name)
    {
        var scenario = Path.Combine(Folder, name + ".json");
        Json(scenario).TryGetProperty("asOf", out _).Should().BeTrue("a saved scenario gives asOf, so that its output does not depend on today");

        var run = CalculatorRun.Run([scenario]);

        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
        GoldenFile.ShouldMatch(Path.Combine(Folder, name + ".expected.json"), run.Output);
    }

    [Fact]
    public void the_scenarios_use_every_event_type_of_the_calculator()
    {
        var types = ScenarioFiles().SelectMany(file => Json(file).GetProperty("events").EnumerateArray())
            .Select(e => e.GetProperty("type").GetString()).Distinct();

        // The table of event types in the README's "The calculator".
        types.Should().BeEquivalentTo(
            "assessment-notice", "discharge-notice", "assessment-notice-withdrawn", "discharge-notice-withdrawn",
            "council-services-in-place", "nhs-service-awaited", "patient-choice", "care-setting-changed",
            "responsibility-transferred", "payment-required", "discharged", "self-discharged", "died");
    }

    private static IEnumerable<string> ScenarioFiles() =>
        Directory.EnumerateFiles(Folder, "*.json").Where(file => !file.EndsWith(".expected.json", StringComparison.Ordinal));

    private static JsonElement Json(string file) => JsonDocument.Parse(File.ReadAllText(file)).RootElement;
}
