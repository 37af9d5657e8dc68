using System.Globalization;
using System.Text.Json;
using Discharge.Server.Tests.Support;
using Microsoft.Playwright;
using static Discharge.Server.Tests.Web.DemoSite;
using static Discharge.Server.Tests.Web.PageReading;

namespace Discharge.Server.Tests.Web;

/// <summary>
/// The pages, in a real browser over the demo's episodes, show the figures the API answers, draw their charts, rank the
/// councils in order, and link a return whose CSV adds up.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class when_reading_the_pages_in_a_browser(DemoSite site)
{
    [Fact]
    public async Task the_national_page_ranks_councils_best_to_worst_on_the_apis_figures()
    {
        var page = await site.PageAsync("/");

        var rows = await page.Locator("#league tbody tr").AllAsync();
        var league = new List<(string Council, int Rank, decimal Per100, decimal DelayedDays, decimal Notices, decimal? AmountPerNotice, string Mark)>();
        foreach (var row in rows)
        {
            league.Add((
                (await row.GetAttributeAsync("data-council"))!,
                int.Parse(await row.Locator("td").First.InnerTextAsync(), CultureInfo.InvariantCulture),
                Number(await row.Locator("[data-measure=per-100-notices]").InnerTextAsync())!.Value,
                Number(await row.Locator("[data-measure=delayed-days]").InnerTextAsync())!.Value,
                Number(await row.Locator("[data-measure=notices]").InnerTextAsync())!.Value,
                Number(await row.Locator("[data-measure=amount-per-notice]").InnerTextAsync()),
                await row.GetAttributeAsync("class") ?? ""));
        }

        league.Select(r => r.Council).Should().BeEquivalentTo([Derby, "E09000007", "E08000035", "E06000052"]);
        league.Select(r => r.Rank).Should().Equal(1, 2, 3, 4);
        league.Select(r => r.Per100).Should().BeInAscendingOrder();
        // Four councils ranked: two named best and two worst.
        league.Select(r => r.Mark).Should().Equal("best", "best", "worst", "worst");
        foreach (var row in league)
        {
            var delays = await site.ApiAsync($"/councils/{row.Council}/delays?{WholeRecordQuery()}");
            var liability = await site.ApiAsync($"/councils/{row.Council}/liability?{WholeRecordQuery()}");
            row.DelayedDays.Should().Be(delays.GetProperty("delayedDays").GetInt32(), row.Council);
            row.Per100.Should().Be(Math.Round(row.DelayedDays * 100 / row.Notices, 2), row.Council);
            row.AmountPerNotice.Should().Be(Math.Round(liability.GetProperty("totals").GetProperty("amount").GetDecimal() / row.Notices, 2), row.Council);
        }

        league.Single(r => r.Council == Derby).Notices.Should().Be(3, "the demo gives Derby three assessment notices");
        (await page.DrawnAsync("national-delays")).Should().BeTrue();
    }

    [Fact]
    public async Task the_national_page_shows_the_window_asked_for_with_the_apis_figures_for_those_days()
    {
        var page = await site.PageAsync("/?from=2010-03&to=2010-03");

        (await page.InnerTextAsync("#window")).Should().Be("The days from 1 Mar 2010 to 31 Mar 2010.");
        var rows = await page.Locator("#league tbody tr").AllAsync();
        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var council = await row.GetAttributeAsync("data-council");
            var delays = await site.ApiAsync($"/councils/{council}/delays?from=2010-03-01&to=2010-03-31");
            Number(await row.Locator("[data-measure=delayed-days]").InnerTextAsync()).Should().Be(delays.GetProperty("delayedDays").GetInt32(), council);
        }

        using var client = site.Client();
        (await client.GetStringAsync("/?year=2009")).Should().Contain("The days from 1 Jan 2009 to 31 Dec 2009.").And.Contain("Nothing is recorded yet.");
        using var refused = await client.GetAsync("/?year=20x0");
        refused.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Expected a year YYYY");
    }

    [Fact]
    public async Task a_council_signed_in_reads_its_page_with_the_apis_figures_and_its_charts_then_signs_out()
    {
        var page = await site.PageAsync($"/view/councils/{Derby}", Derby);

        var delays = await site.ApiAsync($"/councils/{Derby}/delays?{WholeRecordQuery()}", Derby);
        var liability = await site.ApiAsync($"/councils/{Derby}/liability?{WholeRecordQuery()}", Derby);
        (await page.FigureAsync("delayed-days")).Should().Be(delays.GetProperty("delayedDays").GetInt32());
        (await page.FigureAsync("chargeable-days")).Should().Be(liability.GetProperty("totals").GetProperty("chargeableDays").GetInt32());
        (await page.FigureAsync("amount")).Should().Be(liability.GetProperty("totals").GetProperty("amount").GetDecimal());
        (await page.Locator("#statements tbody tr").CountAsync()).Should().Be(1);
        (await page.DrawnAsync("council-delays")).Should().BeTrue();
        (await page.DrawnAsync("council-liability")).Should().BeTrue();
        if (Environment.GetEnvironmentVariable("DISCHARGE_UPDATE_SCREENSHOT") == "1")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerProcess.ProjectFolder, "..", "..", "docs", "council-page.png"), FullPage = true });
        }

        // The header names who is signed in; its sign-out form clears the cookie.
        (await page.InnerTextAsync("#signed-in")).Should().Be("Derby (E06000015), council");
        await page.ClickAsync("#sign-out button");
        await page.WaitForURLAsync(new Uri(site.Address, "/").ToString());
        (await page.Context.CookiesAsync()).Should().NotContain(c => c.Name == "discharge-token");
        (await page.InnerTextAsync("header a[href='/sign-in']")).Should().Be("Sign in");
    }

    [Fact]
    public async Task the_return_the_council_page_links_is_csv_with_its_header_and_the_jsons_totals()
    {
        var page = await site.PageAsync($"/view/councils/{Derby}", Derby);
        var link = await page.GetAttributeAsync("#latest-return", "href");

        // The browser's own request, with its cookie: the link works for the signed-in council.
        var response = await page.APIRequest.GetAsync(link!);
        var csv = await response.TextAsync();

        link.Should().Be("/returns/sitrep?month=2010-03&format=csv");
        response.Headers["content-type"].Should().StartWith("text/csv");
        var records = csv.Split("\r\n")[..^1];
        records[0].Should().Be("month,censusOn,nhsBody,council,reason,responsible,delayedDays,patientsAtCensus");
        var json = await site.ApiAsync("/returns/sitrep?month=2010-03", Derby);
        records[1..].Sum(r => int.Parse(r.Split(',')[6], CultureInfo.InvariantCulture)).Should().Be(json.GetProperty("delayedDays").GetInt32()).And.BePositive();
        records[1..].Should().OnlyContain(r => r.Split(',')[3] == Derby);
    }

    [Fact]
    public async Task an_nhs_body_reads_its_delays_by_month_and_reason_as_its_returns_count_them()
    {
        var page = await site.PageAsync("/view/nhs-bodies/RFS", "RFS");

        var delays = await site.ApiAsync($"/nhs-bodies/RFS/delays?{WholeRecordQuery()}", "RFS");
        (await page.FigureAsync("delayed-days")).Should().Be(delays.GetProperty("delayedDays").GetInt32());
        var reasons = await page.Locator("#by-reason tbody tr").AllInnerTextsAsync();
        reasons.Select(r => r.Split('\t')).Select(c => (c[0], c[1], Number(c[2])))
            .Should().Equal(delays.GetProperty("byReason").EnumerateArray().Select(r =>
                (r.GetProperty("rule").GetString()!, r.GetProperty("status").GetString()!, (decimal?)r.GetProperty("days").GetInt32())));
        (await page.DrawnAsync("nhs-body-delays")).Should().BeTrue();
        await TheChartHoldsEachMonthsReturnByReasonAsync(page, "nhs-body-delays", "RFS");
    }

    /// <summary>The chart's bars, month by month and reason by reason, are the days of that month's return (every demo month has ended).</summary>
    private async Task TheChartHoldsEachMonthsReturnByReasonAsync(IPage page, string chart, string nhsBody)
    {
        var data = JsonDocument.Parse((await page.GetAttributeAsync($"canvas#{chart}", "data-chart"))!).RootElement;
        var months = data.GetProperty("labels").EnumerateArray().Select(m => m.GetString()!).ToList();
        var series = data.GetProperty("datasets").EnumerateArray()
            .Select(d => (Reason: d.GetProperty("label").GetString()!.Split(':')[0], Days: d.GetProperty("data").EnumerateArray().Select(v => v.GetDecimal()).ToList()))
            .ToList();
        months.Should().Contain("2010-03");
        for (var i = 0; i < months.Count; i++)
        {
            var sitRep = await site.ApiAsync($"/returns/sitrep?month={months[i]}", nhsBody);
            var returned = sitRep.GetProperty("rows").EnumerateArray()
                .GroupBy(r => r.GetProperty("reason").GetString()!)
                .ToDictionary(g => g.Key, g => (decimal)g.Sum(r => r.GetProperty("delayedDays").GetInt32()));
            series.Where(s => s.Days[i] != 0).ToDictionary(s => s.Reason, s => s.Days[i]).Should().BeEquivalentTo(returned, months[i]);
        }

        series.Select(s => s.Reason).Should().Contain("A", "the demo has days awaiting assessment");
    }

    [Fact]
    public async Task an_episodes_page_lists_each_day_with_the_rule_that_decided_it()
    {
        const string episode = "00000000-0000-4000-8000-000000000003";
        var page = await site.PageAsync($"/view/episodes/{episode}", "RFS");

        var days = (await site.ApiAsync($"/episodes/{episode}/days?pageSize=500", "RFS")).GetProperty("days").EnumerateArray().ToList();
        var rows = await page.Locator("#days tbody tr").AllAsync();
        rows.Should().HaveCount(days.Count);
        for (var i = 0; i < days.Count; i++)
        {
            var cells = (await rows[i].InnerTextAsync()).Split('\t');
            (await rows[i].GetAttributeAsync("data-date")).Should().Be(days[i].GetProperty("date").GetString());
            cells[2].Should().Be(days[i].GetProperty("status").GetString());
            Number(cells[3]).Should().Be(days[i].GetProperty("amount").GetDecimal());
            cells[4].Should().Be(days[i].GetProperty("rule").GetProperty("code").GetString());
        }

        var history = (await site.ApiAsync($"/episodes/{episode}/history", "RFS")).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString());
        (await page.Locator("#timeline tbody tr td:nth-child(2)").AllInnerTextsAsync()).Should().Equal(history)
            .And.Contain("liability-started", "the service's own event is on the timeline too");
    }
}
