using System.Text.Encodings.Web;
using System.Text.Json;
using Discharge.Domain;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Server.Hosting;
using NodaTime;

namespace Discharge.Server.Calculator;

/// <summary>
/// <c>calc FILE [--reference-data DIR]</c>: computes one scenario's liability with the rules engine and prints it as
/// JSON. It needs no database and no host, so it runs before either is built. A scenario without <c>asOf</c> is
/// computed as of today in its rule set's zone, read from <c>clock</c>, and the output says so. Exit codes:
/// 0 computed, 1 the scenario (or a file it names) is wrong, 2 the command line is wrong.
/// </summary>
public static class CalculatorCommand
{
    public const string Name = "calc";

    public const string Usage = """
        usage: calc FILE [--reference-data DIR]
          Computes one scenario's liability and prints it as JSON on standard output; needs no database.
          FILE                  the scenario, relative to the current folder; '-' reads standard input
          --reference-data DIR  files in DIR replace the built-in reference tables of the same name
          Exit codes: 0 computed, 1 the scenario (or a file it names) is wrong, 2 the command line is wrong.
        """;

    // Relaxed escaping keeps citations readable ("§2.3", not "\u00A72.3"); the output is never embedded in HTML.
    private static readonly JsonSerializerOptions Output = DischargeJson.Configure(
        new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static int Run(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (ParseArguments(args) is not var (file, referenceDirectory))
        {
            stderr.WriteLine(Usage);
            return 2;
        }

        try
        {
            var referenceData = ReferenceData.LoadFrom(referenceDirectory);
            using var json = OpenScenario(file, stdin);
            var scenario = ScenarioReader.Read(json, Where(file), referenceData.Councils, name => FindRuleSet(name, file));
            var ruleSet = scenario.RuleSet;
            var asOf = scenario.AsOf ?? clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[ruleSet.TimeZone]).Date;
            var liability = new LiabilityCalculator(ruleSet, referenceData).Calculate(scenario.Episode, scenario.Events, asOf);
            OpeningNotice.RequireAccepted(scenario, liability, Where(file));
            var alternative = new LiabilityCalculator(ruleSet with { ClosingRule = Other(ruleSet.ClosingRule) }, referenceData)
                .Calculate(scenario.Episode, scenario.Events, asOf);
            stdout.WriteLine(JsonSerializer.Serialize(CalculationReport.From(scenario, liability, alternative, referenceData.Councils), Output));
            return 0;
        }
        catch (DataFileException e)
        {
            // The message names the file (the scenario, a rule-set file or a reference table) and the field.
            stderr.WriteLine($"error: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {Where(file)}: cannot be read ({e.Message})");
        }

        return 1;
    }

    private static (string File, string? ReferenceData)? ParseArguments(IReadOnlyList<string> args) => args switch
    {
        [var file] when !file.StartsWith("--", StringComparison.Ordinal) => (file, null),
        [var file, "--reference-data", var directory] when !file.StartsWith("--", StringComparison.Ordinal) => (file, directory),
        _ => null,
    };

    private static Stream OpenScenario(string file, TextReader stdin) =>
        file == "-" ? new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin.ReadToEnd())) : File.OpenRead(file);

    /// <summary>A shipped rule set by name, or a rule-set file (relative paths from the scenario's folder).</summary>
    private static RuleSet FindRuleSet(string ruleSet, string scenarioFile)
    {
        if (RuleSets.Find(ruleSet) is { } named)
        {
            return named;
        }

        var folder = scenarioFile == "-" ? "" : Path.GetDirectoryName(Path.GetFullPath(scenarioFile)) ?? "";
        var path = Path.Combine(folder, ruleSet);
        if (!File.Exists(path))
        {
            var shipped = string.Join(", ", RuleSets.All.Select(r => r.Name));
            throw new DataFileException($"{Where(scenarioFile)}: $.ruleSet: '{ruleSet}' is neither a shipped rule set ({shipped}) nor a rule-set file");
        }

        using var stream = File.OpenRead(path);
        return RuleSetFile.Load(stream, path);
    }

    private static ClosingRule Other(ClosingRule rule) =>
        rule == ClosingRule.StatutoryInclusive ? ClosingRule.MidnightCensus : ClosingRule.StatutoryInclusive;

    private static string Where(string file) => file == "-" ? "standard input" : file;
}
