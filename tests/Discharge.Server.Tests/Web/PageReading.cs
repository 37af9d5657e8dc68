using System.Globalization;
using Microsoft.Playwright;
using NodaTime;

namespace Discharge.Server.Tests.Web;

/// <summary>Reads what a page shows: its figures as numbers, and whether its charts drew anything.</summary>
public static class PageReading
{
    /// <summary>A figure as the pages write it ("£1,066.67", "35", "—" for none), as a number.</summary>
    public static decimal? Number(string text) =>
        text.Trim() is "—" ? null : decimal.Parse(text.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    public static async Task<decimal> FigureAsync(this IPage page, string figure) =>
        Number(await page.InnerTextAsync($"[data-figure={figure}]")) ?? throw new InvalidOperationException($"{figure} shows no figure");

    /// <summary>Whether the canvas is of a readable size and holds pixels that are not transparent: chart.js drew on it.</summary>
    public static Task<bool> DrawnAsync(this IPage page, string canvas) => page.EvalOnSelectorAsync<bool>(
        $"canvas#{canvas}",
        "c => { if (c.clientWidth < 300 || c.clientHeight < 150) return false; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; " +
        "let painted = 0; for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) painted++; return painted > 1000; }");

    /// <summary>The reports' window the pages show: every day to today in London, as the service counts days.</summary>
    public static string WholeRecordQuery() =>
        $"from=1900-01-01&to={SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date:yyyy-MM-dd}";
}
