using System.Net;
using System.Text.Json;
using Discharge.Server.Tests.Support;
using NodaTime;

namespace Discharge.Server.Tests.Episodes;

/// <summary>
/// A delay left open for two years: the episode answer sums its days by period and month instead of listing them,
/// and the days are read a page at a time.
/// </summary>
public sealed class when_reading_a_long_open_delay(DischargeServer server) : IClassFixture<DischargeServer>
{
    /// <summary>Derby at £100 a day: 16 Jan 2004, the day after the relevant day, to 12 Jan 2006 (today), every day chargeable.</summary>
    private static readonly (string Month, int Days)[] Months =
    [
        ("2004-01", 16),
        ("2004-02", 29),
        ("2004-03", 31),
        ("2004-04", 30),
        ("2004-05", 31),
        ("2004-06", 30),
        ("2004-07", 31),
        ("2004-08", 31),
        ("2004-09", 30),
        ("2004-10", 31),
        ("2004-11", 30),
        ("2004-12", 31),
        ("2005-01", 31),
        ("2005-02", 28),
        ("2005-03", 31),
        ("2005-04", 30),
        ("2005-05", 31),
        ("2005-06", 30),
        ("2005-07", 31),
        ("2005-08", 31),
        ("2005-09", 30),
        ("2005-10", 31),
        ("2005-11", 30),
        ("2005-12", 31),
        ("2006-01", 12),
    ];

    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task the_episode_answer_sums_each_month_and_lists_no_day()
    {
        var episode = await OpenForTwoYears();
        using var client = server.CreateClient();
        var text = await client.GetStringAsync($"/episodes/{episode}");
        var liability = JsonDocument.Parse(text).RootElement.GetProperty("liability");

        text.Length.Should().BeLessThan(8_000, "twenty-five months, not 728 days");
        liability.TryGetProperty("days", out _).Should().BeFalse();
        liability.GetProperty("listedDays").GetInt32().Should().Be(728);
        liability.GetProperty("chargeableDays").GetInt32().Should().Be(728);
        liability.GetProperty("totalAmount").GetDecimal().Should().Be(72_800m);
        var period = liability.GetProperty("periods").EnumerateArray().Should().ContainSingle().Subject;
        (period.GetProperty("period").GetInt32(), period.GetProperty("regime").GetString(), period.GetProperty("relevantDay").GetString(),
                period.GetProperty("firstDay").GetString(), period.GetProperty("lastDay").GetString(), period.GetProperty("endedBy").GetString())
            .Should().Be((0, "act-2003", "2004-01-15", "2004-01-16", "2006-01-12", "as-of"));
        period.GetProperty("months").EnumerateArray().Select(m => (
                m.GetProperty("month").GetString(), m.GetProperty("council").GetString(), m.GetProperty("status").GetString(),
                m.GetProperty("days").GetInt32(), m.GetProperty("amount").GetDecimal()))
            .Should().Equal(Months.Select(m => ((string?)m.Month, (string?)Requests.Council, (string?)"chargeable", m.Days, m.Days * 100m)));
    }

    [Fact]
    public async Task its_days_come_a_page_at_a_time_with_the_next_pages_address()
    {
        var episode = await OpenForTwoYears();

        var second = await hospital.GetJsonAsync($"/episodes/{episode}/days?page=2&pageSize=30");

        (second.GetProperty("page").GetInt32(), second.GetProperty("pageSize").GetInt32(), second.GetProperty("totalDays").GetInt32()).Should().Be((2, 30, 728));
        var days = second.GetProperty("days").EnumerateArray().ToArray();
        days.Select(d => d.GetProperty("date").GetString()).Should().Equal(Dates(new LocalDate(2004, 2, 15), new LocalDate(2004, 3, 15)));
        days.Should().AllSatisfy(d =>
        {
            d.GetProperty("status").GetString().Should().Be("chargeable");
            d.GetProperty("amount").GetDecimal().Should().Be(100m);
            d.GetProperty("rule").GetProperty("code").GetString().Should().Be("chargeable-2003");
        });
        second.GetProperty("next").GetString().Should().Be($"/episodes/{episode}/days?page=3&pageSize=30");
    }

    [Fact]
    public async Task the_last_page_has_no_next_page()
    {
        var episode = await OpenForTwoYears();

        var last = await hospital.GetJsonAsync($"/episodes/{episode}/days?page=2&pageSize=500");

        last.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString())
            .Should().Equal(Dates(new LocalDate(2005, 5, 30), new LocalDate(2006, 1, 12)));
        last.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        (await hospital.DaysAsync(episode)).Select(d => d.GetProperty("date").GetString()).Should().Equal(Dates(new LocalDate(2004, 1, 16), new LocalDate(2006, 1, 12)));
    }

    [Fact]
    public async Task a_window_of_days_is_paged_within_the_window()
    {
        var episode = await OpenForTwoYears();

        var first = await hospital.GetJsonAsync($"/episodes/{episode}/days?from=2005-12-30&to=2006-01-05&pageSize=4");

        first.GetProperty("totalDays").GetInt32().Should().Be(7);
        first.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString())
            .Should().Equal("2005-12-30", "2005-12-31", "2006-01-01", "2006-01-02");
        first.GetProperty("next").GetString().Should().Be($"/episodes/{episode}/days?page=2&pageSize=4&from=2005-12-30&to=2006-01-05");
    }

    [Theory]
    [InlineData("pageSize=501", "pageSize", "Expected a whole number from 1 to 500; got '501'.")]
    [InlineData("pageSize=0", "pageSize", "Expected a whole number from 1 to 500; got '0'.")]
    [InlineData("page=first", "page", "Expected a whole number of 1 or more; got 'first'.")]
    [InlineData("from=2005-02-01&to=2005-01-01", "to", "Must not be before 'from'.")]
    public async Task a_page_out_of_bounds_is_refused(string query, string field, string message)
    {
        var episode = await OpenForTwoYears();
        using var client = server.CreateClient();
        var problem = await (await client.GetAsync($"/episodes/{episode}/days?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).Should().Equal(message);
    }

    [Fact]
    public async Task an_unknown_episode_has_no_days()
    {
        using var client = server.CreateClient();
        await (await client.GetAsync($"/episodes/{Guid.NewGuid()}/days")).ShouldBeProblem(HttpStatusCode.NotFound, "/problems/episode-not-found");
    }

    private async Task<Guid> OpenForTwoYears()
    {
        server.Clock.Reset(Instant.FromUtc(2006, 1, 12, 12, 0));
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));
        return episode;
    }

    private static IEnumerable<string?> Dates(LocalDate first, LocalDate last)
    {
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            yield return day.ToString("yyyy-MM-dd", null);
        }
    }
}
