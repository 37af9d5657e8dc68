namespace Discharge.Server.Tests.Calculator;

/// <summary>A malformed scenario prints one line naming the field and exits non-zero; nothing goes to standard output.</summary>
public class when_a_scenario_is_wrong
{
    private static void ShouldFail(CalculatorRun run, int exitCode, params string[] messageParts)
    {
        run.ExitCode.Should().Be(exitCode);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: ").And.ContainAll(messageParts);
        run.Error.TrimEnd().Should().NotContain("\n", "the error is one line");
    }

    [Fact]
    public void an_unknown_event_type_is_named_with_the_types_there_are() => ShouldFail(
        CalculatorRun.Of(CalculatorRun.Scenario(CalculatorRun.E1Notices + """, {"type": "transferred", "on": "2004-01-20"}""")),
        1, "events[2].type", "unknown type 'transferred'", "discharged");

    [Fact]
    public void a_missing_field_is_named() => ShouldFail(
        CalculatorRun.Of(CalculatorRun.Scenario("""{"type": "discharge-notice", "at": "2004-01-13T09:00:00+00:00"}""")),
        1, "events[0].proposedDischargeDate: missing");

    [Fact]
    public void a_missing_council_is_named() => ShouldFail(
        CalculatorRun.Of("""{ "nhsBody": "RTG", "events": [] }"""),
        1, "council: missing");

    [Theory]
    [InlineData("""{"type": "discharged", "on": "20/01/2004"}""", "events[0].on", "not an ISO date")]
    [InlineData("""{"type": "discharged", "on": "2004-02-30"}""", "events[0].on", "not an ISO date")]
    [InlineData("""{"type": "assessment-notice", "at": "2004-01-12T10:15:00"}""", "events[0].at", "with offset")]
    [InlineData("""{"type": "discharged", "on": 20040120}""", "events[0].on", "must be a string")]
    public void a_bad_date_is_named(string @event, string field, string problem) => ShouldFail(
        CalculatorRun.Of(CalculatorRun.Scenario(@event)), 1, field, problem);

    [Fact]
    public void an_unknown_council_is_named() => ShouldFail(
        CalculatorRun.Of("""{ "nhsBody": "RTG", "council": "E99999999", "events": [] }"""),
        1, "council", "unknown council 'E99999999'");

    [Fact]
    public void an_unknown_council_taking_over_responsibility_is_named() => ShouldFail(
        CalculatorRun.Of(CalculatorRun.Scenario(CalculatorRun.E1Notices + """, {"type": "responsibility-transferred", "on": "2004-01-18", "to": "X1"}""")),
        1, "events[2].to", "unknown council 'X1'");

    [Fact]
    public void a_discharge_before_the_assessment_notice_is_refused() => ShouldFail(
        CalculatorRun.Of(CalculatorRun.Scenario(CalculatorRun.E1Notices + """, {"type": "discharged", "on": "2004-01-10"}""")),
        1, "events[2].on", "before the assessment notice");

    [Fact]
    public void a_misspelt_field_is_not_ignored() => ShouldFail(
        CalculatorRun.Of(CalculatorRun.Scenario("""{"type": "discharged", "date": "2004-01-20"}""")),
        1, "events[0]");

    [Fact]
    public void a_period_that_ends_before_it_starts_is_refused() => ShouldFail(
        CalculatorRun.Of(CalculatorRun.Scenario(CalculatorRun.E1Notices + """, {"type": "nhs-service-awaited", "from": "2004-01-18", "until": "2004-01-17"}""")),
        1, "events[2].until", "before from");

    [Fact]
    public void an_unknown_care_setting_is_named() => ShouldFail(
        CalculatorRun.Of(CalculatorRun.Scenario("""{"type": "care-setting-changed", "on": "2004-01-18", "setting": "hospice"}""")),
        1, "events[0].setting", "'hospice'", "mental-health");

    [Fact]
    public void an_unknown_rule_set_is_named() => ShouldFail(
        CalculatorRun.Of(CalculatorRun.Scenario(CalculatorRun.E1Notices, "\"ruleSet\": \"lenient\",")),
        1, "ruleSet", "'lenient'", "default, census");

    [Fact]
    public void text_that_is_not_json_is_refused() => ShouldFail(
        CalculatorRun.Of("{ \"nhsBody\": "), 1, "invalid JSON");

    [Fact]
    public void a_missing_file_is_named() => ShouldFail(
        CalculatorRun.Run(["/nonexistent/scenario.json"]), 1, "/nonexistent/scenario.json", "cannot be read");

    [Theory]
    [InlineData]
    [InlineData("a.json", "b.json")]
    [InlineData("--reference-data")]
    public void a_wrong_command_line_prints_the_usage(params string[] args)
    {
        var run = CalculatorRun.Run(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("usage: calc FILE");
    }
}
