using System.Text.Json;

namespace Discharge.Server.Tests.Calculator;

/// <summary>The calculator command reads every event type of the scenario format and prints the engine's answer.</summary>
public class when_calculating_a_scenario
{
    private static JsonElement Calculate(string events, string extra = "")
    {
        var run = CalculatorRun.Of(CalculatorRun.Scenario(events, extra));
        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
        return run.Json;
    }

    private static string[] Statuses(JsonElement result) =>
        result.GetProperty("days").EnumerateArray().Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("status").GetString()}").ToArray();

    [Fact]
    public void the_issue_example_charges_five_days_and_shows_the_census_alternative()
    {
        var result = Calculate(CalculatorRun.E1Notices + """, {"type": "discharged", "on": "2004-01-20"}""");

        result.GetProperty("relevantDays").EnumerateArray().Select(d => d.GetString()).Should().Equal("2004-01-15");
        result.GetProperty("totalDays").GetInt32().Should().Be(5);
        result.GetProperty("totalAmount").GetDecimal().Should().Be(500m);
        result.GetProperty("byCouncil")[0].GetProperty("amount").GetDecimal().Should().Be(500m);
        result.GetProperty("ruleSet").GetProperty("name").GetString().Should().Be("default");
        result.GetProperty("alternativeClosingRule").GetProperty("totalDays").GetInt32().Should().Be(4);
        var first = result.GetProperty("days")[0];
        first.GetProperty("date").GetString().Should().Be("2004-01-16");
        first.GetProperty("rule").GetString().Should().Be("chargeable-2003");
        first.GetProperty("citation").GetString().Should().Be(
            "2003 Act s.6(2)-(4): the council must pay for each day of the delayed discharge period; explanatory notes 34-37; docs/rules.md#chargeable-2003");
        first.GetProperty("confidence").GetString().Should().Be("verified");
    }

    [Fact]
    public void the_census_rule_set_does_not_charge_the_day_of_discharge()
    {
        var result = Calculate(CalculatorRun.E1Notices + """, {"type": "discharged", "on": "2004-01-20"}""", "\"ruleSet\": \"census\",");

        result.GetProperty("totalDays").GetInt32().Should().Be(4);
        result.GetProperty("alternativeClosingRule").GetProperty("closingRule").GetString().Should().Be("statutory-inclusive");
    }

    [Theory]
    [InlineData("self-discharged")]
    [InlineData("died")]
    public void a_departure_of_any_kind_ends_the_charge(string departure)
    {
        var result = Calculate(CalculatorRun.E1Notices + $$""", {"type": "{{departure}}", "on": "2004-01-18"}""");

        result.GetProperty("totalDays").GetInt32().Should().Be(3);
        result.GetProperty("periods")[0].GetProperty("endedBy").GetString().Should().Be(departure);
    }

    [Fact]
    public void days_awaiting_an_nhs_service_are_not_charged_even_when_recorded_late()
    {
        var result = Calculate(CalculatorRun.E1Notices + """
            , {"type": "discharged", "on": "2004-01-20"}, {"type": "nhs-service-awaited", "from": "2004-01-16", "until": "2004-01-17"}
            """);

        result.GetProperty("totalDays").GetInt32().Should().Be(3);
        Statuses(result).Should().Contain(["2004-01-16 blocked-by-nhs", "2004-01-17 blocked-by-nhs", "2004-01-18 chargeable"]);
    }

    [Fact]
    public void services_in_place_stop_the_charge_after_their_first_day()
    {
        // As in E8: under the inclusive rule the day services become available is still charged.
        var result = Calculate(CalculatorRun.E1Notices + """
            , {"type": "council-services-in-place", "on": "2004-01-18"}, {"type": "discharged", "on": "2004-01-20"}
            """);

        result.GetProperty("totalDays").GetInt32().Should().Be(3);
        Statuses(result).Should().Contain(["2004-01-18 chargeable", "2004-01-19 services-in-place"]);
    }

    [Fact]
    public void a_move_out_of_acute_care_stops_the_charge()
    {
        var result = Calculate(CalculatorRun.E1Notices + """
            , {"type": "care-setting-changed", "on": "2004-01-18", "setting": "rehabilitation"}, {"type": "discharged", "on": "2004-01-20"}
            """);

        // The day of the move (Sun 18) began in acute care, so it is charged (inclusive rule).
        Statuses(result).Should().Equal("2004-01-16 chargeable", "2004-01-17 chargeable", "2004-01-18 chargeable", "2004-01-19 not-qualifying", "2004-01-20 not-qualifying");
        result.GetProperty("totalDays").GetInt32().Should().Be(3);
        result.GetProperty("totalAmount").GetDecimal().Should().Be(300m);
    }

    [Fact]
    public void a_transfer_of_responsibility_moves_the_charge_to_the_other_council()
    {
        var result = Calculate(CalculatorRun.E1Notices + """
            , {"type": "responsibility-transferred", "on": "2004-01-18", "to": "E09000007"}, {"type": "discharged", "on": "2004-01-20"}
            """);

        // Derby pays 16-17 Jan at £100; Camden, a London borough, 18-20 Jan at £120 (E10, A7).
        result.GetProperty("byCouncil").EnumerateArray()
            .Select(c => (c.GetProperty("council").GetString(), c.GetProperty("days").GetInt32(), c.GetProperty("amount").GetDecimal()))
            .Should().Equal(("E06000015", 2, 200m), ("E09000007", 3, 360m));
        result.GetProperty("days").EnumerateArray().Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("council").GetString()}")
            .Should().Equal("2004-01-16 E06000015", "2004-01-17 E06000015", "2004-01-18 E09000007", "2004-01-19 E09000007", "2004-01-20 E09000007");
        result.GetProperty("days")[2].GetProperty("citation").GetString().Should().Contain("responsible after a transfer: 2003 Regs reg 18 (A7)");
        result.GetProperty("totalAmount").GetDecimal().Should().Be(560m);
    }

    [Theory]
    [InlineData("assessment-notice-withdrawn", "assessment-notice-withdrawn")]
    [InlineData("discharge-notice-withdrawn", "discharge-notice-withdrawn")]
    public void a_withdrawal_ends_the_period(string type, string endedBy)
    {
        var result = Calculate(CalculatorRun.E1Notices + $$"""
            , {"type": "{{type}}", "at": "2004-01-18T11:00:00+00:00", "reason": "07"}, {"type": "discharged", "on": "2004-01-20"}
            """);

        // Inclusively the withdrawal day (Sun 18) is still charged: 16-18 Jan.
        result.GetProperty("periods")[0].GetProperty("endedBy").GetString().Should().Be(endedBy);
        result.GetProperty("periods")[0].GetProperty("lastDay").GetString().Should().Be("2004-01-18");
        result.GetProperty("totalDays").GetInt32().Should().Be(3);
        result.GetProperty("totalAmount").GetDecimal().Should().Be(300m);
    }

    [Fact]
    public void under_the_care_act_days_are_charged_once_payment_is_required()
    {
        const string notices = """
            {"type": "assessment-notice", "at": "2016-03-07T10:00:00+00:00"},
            {"type": "discharge-notice", "at": "2016-03-08T09:00:00+00:00", "proposedDischargeDate": "2016-03-10"},
            {"type": "discharged", "on": "2016-03-15"}
            """;

        var unrequired = Calculate(notices);
        var required = Calculate(notices + """, {"type": "payment-required", "at": "2016-03-16T10:00:00+00:00"}""");

        // Relevant day Thu 10 Mar (interval Tue 8 - Wed 9); 11-15 Mar at the Care Act's lower rate, £130.
        unrequired.GetProperty("totalAmount").GetDecimal().Should().Be(0m);
        unrequired.GetProperty("potentialDays").GetInt32().Should().Be(5);
        unrequired.GetProperty("potentialAmount").GetDecimal().Should().Be(650m);
        required.GetProperty("totalDays").GetInt32().Should().Be(5);
        required.GetProperty("totalAmount").GetDecimal().Should().Be(650m);
        required.GetProperty("potentialDays").GetInt32().Should().Be(0);
    }

    [Fact]
    public void an_open_episode_is_computed_up_to_the_as_of_day()
    {
        var result = Calculate(CalculatorRun.E1Notices, "\"asOf\": \"2004-01-18\",");

        result.GetProperty("asOf").GetString().Should().Be("2004-01-18");
        result.GetProperty("totalDays").GetInt32().Should().Be(3);
    }

    [Fact]
    public void a_rule_set_file_next_to_the_scenario_is_used()
    {
        var run = RunWithRuleSetFile(
            """{ "name": "local-census", "version": "1", "closingRule": "midnight-census" }""",
            CalculatorRun.E1Notices + """, {"type": "discharged", "on": "2004-01-20"}""");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json.GetProperty("ruleSet").GetProperty("name").GetString().Should().Be("local-census");
        run.Json.GetProperty("totalDays").GetInt32().Should().Be(4);
    }

    [Fact]
    public void a_rule_set_files_zone_decides_which_day_a_notice_was_given()
    {
        // 23:30 UTC on Monday 12 Jan is still Monday in London but already Tuesday in Auckland.
        var events = """{"type": "assessment-notice", "at": "2004-01-12T23:30:00Z"}, {"type": "discharged", "on": "2004-01-12"}""";

        var inLondon = CalculatorRun.Of(CalculatorRun.Scenario(events));
        var inAuckland = RunWithRuleSetFile("""{ "name": "auckland", "version": "1", "timeZone": "Pacific/Auckland" }""", events);

        inLondon.ExitCode.Should().Be(0, inLondon.Error);
        inAuckland.ExitCode.Should().Be(1);
        inAuckland.Error.Should().Contain("$.events[1].on").And.Contain("dated before the assessment notice (events[0], 2004-01-13)");
    }

    /// <summary>Runs a scenario that names a rule-set file written beside it.</summary>
    private static CalculatorRun RunWithRuleSetFile(string ruleSetJson, string events) =>
        CalculatorRun.Of(CalculatorRun.Scenario(events, "\"ruleSet\": \"rules.json\","), [("rules.json", ruleSetJson)]);

    [Fact]
    public void a_scenario_can_come_from_standard_input()
    {
        var run = CalculatorRun.Run(["-"], CalculatorRun.Scenario(CalculatorRun.E1Notices + """, {"type": "discharged", "on": "2004-01-20"}"""));

        run.ExitCode.Should().Be(0, run.Error);
        run.Json.GetProperty("totalAmount").GetDecimal().Should().Be(500m);
    }
}
