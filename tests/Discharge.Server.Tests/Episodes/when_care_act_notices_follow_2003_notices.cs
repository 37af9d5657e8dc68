using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>
/// rules.md §3.6, A6: a 2003-Act notice has no effect after 31 Mar 2015, so a Care Act assessment notice is taken
/// while one is nominally in force, with no withdrawal, and a Care Act discharge notice follows it.
/// </summary>
public sealed class when_care_act_notices_follow_2003_notices(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    /// <summary>2003 notices on Mon 23 Mar 2015: relevant day Thu 26 Mar.</summary>
    private async Task<Guid> With2003NoticesAsync()
    {
        var episode = await hospital.OpenEpisodeAsync("2015-03-23T10:00:00Z");
        (await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2015-03-23T11:00:00Z", "2015-03-26")))
            .GetProperty("relevantDay").GetString().Should().Be("2015-03-26");
        return episode;
    }

    [Fact]
    public async Task a_care_act_assessment_notice_is_accepted_over_a_2003_notice_in_force()
    {
        var episode = await With2003NoticesAsync();

        // Tue 7 Apr 2015, 10:00 and 11:00 in London (BST): the interval runs Wed 8, Thu 9.
        var assessment = await hospital.AcceptedAsync($"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2015-04-07T09:00:00Z"));
        assessment.GetProperty("regime").GetString().Should().Be("care-act-2014");
        var discharge = await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2015-04-07T10:00:00Z", "2015-04-08"));
        discharge.GetProperty("relevantDay").GetString().Should().Be("2015-04-09");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2015-04-15" });
        await hospital.AcceptedAsync($"/episodes/{episode}/payment-requirement", new { deliveredAt = "2015-04-20T08:00:00Z" });

        var liability = (await hospital.GetJsonAsync($"/episodes/{episode}")).GetProperty("liability");
        liability.GetProperty("relevantDays").EnumerateArray().Select(d => d.GetString()).Should().Equal("2015-03-26", "2015-04-09");
        liability.GetProperty("defectiveNotices").GetArrayLength().Should().Be(0);
        liability.GetProperty("chargeableDays").GetInt32().Should().Be(11);
        liability.GetProperty("totalAmount").GetDecimal().Should().Be(1280m);
        (await hospital.DaysAsync(episode)).Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("rule").GetProperty("code").GetString()}")
            .Should().Equal(
                "2015-03-27 chargeable-2003", "2015-03-28 chargeable-2003", "2015-03-29 chargeable-2003", "2015-03-30 chargeable-2003", "2015-03-31 chargeable-2003",
                "2015-04-10 chargeable-2014", "2015-04-11 chargeable-2014", "2015-04-12 chargeable-2014", "2015-04-13 chargeable-2014", "2015-04-14 chargeable-2014",
                "2015-04-15 chargeable-2014");
        (await server.EventCount(episode)).Should().Be(6);
    }
}
