using System.Text.Json;
using Discharge.Server.Calculator;
using NodaTime;
using NodaTime.Testing;

namespace Discharge.Server.Tests.Calculator;

/// <summary>One run of the calculator command on a scenario written to a file, with what it printed.</summary>
public sealed record CalculatorRun(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public static CalculatorRun Of(string scenarioJson, params string[] options) => Of(scenarioJson, [], options);

    /// <summary>Runs a scenario written to a file of its own folder, with <paramref name="besides"/> written next to it.</summary>
    public static CalculatorRun Of(string scenarioJson, (string Name, string Text)[] besides, params string[] options) =>
        Of(scenarioJson, besides, options, clock: null);

    /// <summary>Runs a scenario on a day of the test's choosing: <paramref name="now"/> is what the clock reads.</summary>
    public static CalculatorRun At(Instant now, string scenarioJson) => Of(scenarioJson, [], [], new FakeClock(now));

    private static CalculatorRun Of(string scenarioJson, (string Name, string Text)[] besides, string[] options, IClock? clock)
    {
        var folder = Directory.CreateTempSubdirectory("discharge-calc-");
        var file = Path.Combine(folder.FullName, "scenario.json");
        File.WriteAllText(file, scenarioJson);
        foreach (var (name, text) in besides)
        {
            File.WriteAllText(Path.Combine(folder.FullName, name), text);
        }

        try
        {
            return Run([file, .. options], clock: clock);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>"Today" for the runs that give no clock: 1 May 2026, midday in London.</summary>
    public static readonly Instant Today = Instant.FromUtc(2026, 5, 1, 11, 0);

    public static CalculatorRun Run(string[] args, string stdin = "", IClock? clock = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CalculatorCommand.Run(args, new StringReader(stdin), output, error, clock ?? new FakeClock(Today));
        return new CalculatorRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A Derby episode from the RTG hospital with the given events (JSON objects, comma-separated).</summary>
    public static string Scenario(string events, string extra = "") =>
        $$"""{ "nhsBody": "RTG", "council": "E06000015", {{extra}} "events": [ {{events}} ] }""";

    /// <summary>E1 of rules.md §8: notices on Monday and Tuesday, relevant day Thursday 15 January 2004.</summary>
    public const string E1Notices = """
        {"type": "assessment-notice", "at": "2004-01-12T10:15:00+00:00"},
        {"type": "discharge-notice", "at": "2004-01-13T09:00:00+00:00", "proposedDischargeDate": "2004-01-15"}
        """;
}
