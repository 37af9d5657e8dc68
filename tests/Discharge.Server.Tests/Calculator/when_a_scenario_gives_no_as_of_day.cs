using System.Text.Json;
using NodaTime;

namespace Discharge.Server.Tests.Calculator;

/// <summary>
/// A scenario without <c>asOf</c> is computed as of today in London, and the output says so: an open episode
/// no longer runs silently to the end of its regime.
/// </summary>
public class when_a_scenario_gives_no_as_of_day
{
    private static JsonElement CalculateAt(Instant now, string events, string extra = "")
    {
        var run = CalculatorRun.At(now, CalculatorRun.Scenario(events, extra));
        run.ExitCode.Should().Be(0, run.Error);
        return run.Json;
    }

    [Fact]
    public void an_open_episode_is_computed_to_today_in_london()
    {
        // 23:30 UTC on 30 Jun 2004 is already 1 Jul in London (BST).
        var result = CalculateAt(Instant.FromUtc(2004, 6, 30, 23, 30), CalculatorRun.E1Notices);

        result.GetProperty("asOf").GetString().Should().Be("2004-07-01");
        result.GetProperty("asOfDefaultedToToday").GetBoolean().Should().BeTrue();
        result.GetProperty("totalDays").GetInt32().Should().Be(168, "16 Jan to 1 Jul 2004");
        result.GetProperty("totalAmount").GetDecimal().Should().Be(16800m);
        var period = result.GetProperty("periods")[0];
        period.GetProperty("lastDay").GetString().Should().Be("2004-07-01");
        period.GetProperty("endedBy").GetString().Should().Be("as-of");
    }

    [Fact]
    public void a_scenarios_own_as_of_day_is_not_today()
    {
        var result = CalculateAt(Instant.FromUtc(2004, 6, 30, 12, 0), CalculatorRun.E1Notices, "\"asOf\": \"2004-01-18\",");

        result.GetProperty("asOf").GetString().Should().Be("2004-01-18");
        result.GetProperty("asOfDefaultedToToday").GetBoolean().Should().BeFalse();
        result.GetProperty("totalAmount").GetDecimal().Should().Be(300m);
    }

    [Fact]
    public void an_open_2003_case_today_charges_to_31_march_2015_and_then_awaits_care_act_notices_to_the_schemes_end()
    {
        // Mon 4 Jun 2007 in London: the interval runs Tue 5, Wed 6, the relevant day.
        var result = CalculateAt(CalculatorRun.Today, """
            {"type": "assessment-notice", "at": "2007-06-04T09:00:00Z"},
            {"type": "discharge-notice", "at": "2007-06-04T10:00:00Z", "proposedDischargeDate": "2007-06-06"}
            """);

        result.GetProperty("asOf").GetString().Should().Be("2026-05-01");
        result.GetProperty("asOfDefaultedToToday").GetBoolean().Should().BeTrue();
        result.GetProperty("totalDays").GetInt32().Should().Be(2855);
        result.GetProperty("totalAmount").GetDecimal().Should().Be(285500m);
        var days = result.GetProperty("days").EnumerateArray().ToArray();
        days.Count(d => d.GetProperty("status").GetString() == "awaiting-care-act-notices").Should().Be(2648, "1 Apr 2015 to 30 Jun 2022");
        days[^1].GetProperty("date").GetString().Should().Be("2022-06-30");
        result.GetProperty("periods")[0].GetProperty("endedBy").GetString().Should().Be("end-of-regime");
    }

    [Fact]
    public void care_act_notices_need_no_withdrawal_of_the_2003_notices()
    {
        var result = CalculateAt(CalculatorRun.Today, """
            {"type": "assessment-notice", "at": "2015-03-23T10:00:00Z"},
            {"type": "discharge-notice", "at": "2015-03-23T11:00:00Z", "proposedDischargeDate": "2015-03-26"},
            {"type": "assessment-notice", "at": "2015-04-07T09:00:00Z"},
            {"type": "discharge-notice", "at": "2015-04-07T10:00:00Z", "proposedDischargeDate": "2015-04-08"},
            {"type": "discharged", "on": "2015-04-15"},
            {"type": "payment-required", "at": "2015-04-20T08:00:00Z"}
            """);

        result.GetProperty("defectiveNotices").GetArrayLength().Should().Be(0);
        result.GetProperty("relevantDays").EnumerateArray().Select(d => d.GetString()).Should().Equal("2015-03-26", "2015-04-09");
        result.GetProperty("periods").EnumerateArray().Select(p => $"{p.GetProperty("regime").GetString()} {p.GetProperty("firstDay").GetString()}..{p.GetProperty("lastDay").GetString()} {p.GetProperty("endedBy").GetString()}")
            .Should().Equal("act-2003 2015-03-27..2015-03-31 end-of-regime", "care-act-2014 2015-04-10..2015-04-15 discharged");
        result.GetProperty("totalDays").GetInt32().Should().Be(11);
        result.GetProperty("totalAmount").GetDecimal().Should().Be(1280m);
        result.GetProperty("days").EnumerateArray().Should().NotContain(d => d.GetProperty("status").GetString() == "awaiting-care-act-notices");
    }
}
