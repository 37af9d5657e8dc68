using Discharge.Server.Tests.Calculator;

namespace Discharge.Server.Tests.Registers;

/// <summary>
/// The calculator refuses where the API would refuse the whole episode, and otherwise flags what the API refuses,
/// with the same reason (RegisterCases).
/// </summary>
public class when_the_calculator_checks_parties_against_the_registers
{
    [Theory]
    [MemberData(nameof(RegisterCases.RefusedOpeningNotices), MemberType = typeof(RegisterCases))]
    public void a_scenario_whose_opening_notice_the_registers_refuse_exits_one_with_the_registers_reason(string nhsBody, string council, string deliveredAt, string type, string reason)
    {
        var run = CalculatorRun.Of($$"""
            { "nhsBody": "{{nhsBody}}", "council": "{{council}}", "events": [ {"type": "assessment-notice", "at": "{{deliveredAt}}"} ] }
            """);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: ").And.EndWith(reason + Environment.NewLine)
            .And.Contain("$.events[0]: the API would refuse the assessment notice that opens the episode")
            .And.Contain(type == "unknown-nhs-body" ? "(nhs-body-not-in-" : "(council-", "the engine's code names the same register as the API's problem type");
    }

    [Fact]
    public void a_transfer_to_a_council_that_did_not_yet_exist_is_a_defect_and_the_days_stay_with_the_first_council()
    {
        var run = CalculatorRun.Of($$"""
            { "nhsBody": "RTG", "council": "{{RegisterCases.Bournemouth}}", "events": [
              {"type": "assessment-notice", "at": "2018-06-04T10:00:00Z"},
              {"type": "discharge-notice", "at": "2018-06-05T10:00:00Z", "proposedDischargeDate": "2018-06-07"},
              {"type": "responsibility-transferred", "on": "2018-06-10", "to": "{{RegisterCases.BournemouthChristchurchAndPoole}}"},
              {"type": "payment-required", "at": "2018-06-20T10:00:00Z"},
              {"type": "discharged", "on": "2018-06-12"} ] }
            """);

        run.ExitCode.Should().Be(0, run.Error);
        var defect = run.Json.GetProperty("defectiveNotices").EnumerateArray().Should().ContainSingle().Subject;
        (defect.GetProperty("event").GetInt32(), defect.GetProperty("type").GetString(), defect.GetProperty("code").GetString(), defect.GetProperty("reason").GetString())
            .Should().Be((2, "responsibility-transferred", "council-not-in-existence", RegisterCases.TransferToBcpReason));
        run.Json.GetProperty("totalDays").GetInt32().Should().Be(5);
        run.Json.GetProperty("totalAmount").GetDecimal().Should().Be(650m);
        run.Json.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("council").GetString()).Should().AllBe(RegisterCases.Bournemouth);
    }

    [Fact]
    public void a_discharge_notice_from_an_nhs_body_that_has_closed_is_a_defect()
    {
        var run = CalculatorRun.Of("""
            { "nhsBody": "RJF", "council": "E06000015", "events": [
              {"type": "assessment-notice", "at": "2018-06-28T09:00:00Z"},
              {"type": "discharge-notice", "at": "2018-07-02T09:00:00Z", "proposedDischargeDate": "2018-07-04"} ] }
            """);

        run.ExitCode.Should().Be(0, run.Error);
        var defect = run.Json.GetProperty("defectiveNotices").EnumerateArray().Should().ContainSingle().Subject;
        (defect.GetProperty("event").GetInt32(), defect.GetProperty("code").GetString(), defect.GetProperty("reason").GetString())
            .Should().Be((1, "nhs-body-not-in-existence", RegisterCases.ClosedNhsBodyReason));
        run.Json.GetProperty("periods").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void days_after_the_council_was_abolished_are_charged_to_no_one_and_say_why()
    {
        var run = CalculatorRun.Of($$"""
            { "nhsBody": "RTG", "council": "{{RegisterCases.DorsetCounty}}", "events": [
              {"type": "assessment-notice", "at": "2019-03-25T10:00:00Z"},
              {"type": "discharge-notice", "at": "2019-03-26T10:00:00Z", "proposedDischargeDate": "2019-03-28"},
              {"type": "discharged", "on": "2019-04-03"} ] }
            """);

        run.ExitCode.Should().Be(0, run.Error);
        run.Json.GetProperty("days").EnumerateArray()
            .Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("status").GetString()} {d.GetProperty("rule").GetString()} {d.GetProperty("confidence").GetString()}")
            .Should().Equal(RegisterCases.DaysAfterDorsetWasAbolished);
        run.Json.GetProperty("potentialDays").GetInt32().Should().Be(3);
        run.Json.GetProperty("potentialAmount").GetDecimal().Should().Be(390m);
    }
}
