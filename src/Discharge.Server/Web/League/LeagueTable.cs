using Discharge.Domain.Rules;
using Discharge.Server.Hosting;
using Discharge.Server.Reporting;
using Marten;
using NodaTime;

namespace Discharge.Server.Web.League;

public enum LeagueMark
{
    None,
    Best,
    Worst,
}

/// <summary>
/// One council's row: its figures are those its reports give for the same days (<see cref="DelayCounts"/>,
/// <see cref="CouncilLiability"/>); the measures divide them. A measure is null where its divisor is nought or unknown.
/// </summary>
public sealed record LeagueRow(
    int Rank,
    string Council,
    string Name,
    int AssessmentNotices,
    int DelayedEpisodes,
    int DelayedDays,
    decimal ChargeableAmount,
    decimal? DelayedDaysPer100Notices,
    decimal? MeanDaysDelayed,
    decimal? AmountPerNotice,
    decimal? DelayedDaysPer100kAdults,
    int? Stars,
    LeagueMark Mark);

/// <summary>
/// The national league table of councils, best to worst on delayed days per 100 assessment notices, over the days of a
/// window (<see cref="LeagueWindow"/>; every day recorded to today by default), with delayed days by month across the
/// country. Holds no patient's data.
/// </summary>
public sealed record LeagueTable(DateWindow Days, string StarBandsVersion, string? PopulationVersion, IReadOnlyList<LeagueRow> Rows, IReadOnlyList<(string Month, int Days)> ByMonth)
{
    /// <summary>How many councils at each end are named (as the Health Secretary named them), of twenty or more ranked.</summary>
    public const int Named = 10;

    /// <summary>The window of every report the table repeats: from the earliest date the service takes to today.</summary>
    public static DateWindow WindowTo(LocalDate today) => new(DateBounds.Earliest, today);

    public static async Task<LeagueTable> ReadAsync(
        IQuerySession session, DischargeRules rules, LeagueReference reference, DateWindow window, CancellationToken cancellation)
    {
        var councils = await LeagueFigures.ByCouncilAsync(session, window, cancellation);
        var notices = await AssessmentNotices.ByCouncilAsync(session, window, cancellation);
        var byCouncil = councils.ToDictionary(c => c.Council);
        var figures = notices.Keys.Union(byCouncil.Keys)
            .Select(council => Figures(byCouncil.GetValueOrDefault(council) ?? new CouncilFigures(council, 0, 0m, 0), notices.GetValueOrDefault(council), rules, reference))
            .OrderBy(r => r.DelayedDaysPer100Notices is null)
            .ThenBy(r => r.DelayedDaysPer100Notices)
            .ThenBy(r => r.Council, StringComparer.Ordinal)
            .ToList();
        var ranked = figures.Count(r => r.DelayedDaysPer100Notices is not null);
        // Fewer than twice as many councils as are named: half are named best and half worst, so that none is both.
        var named = Math.Min(Named, ranked / 2);
        var rows = figures.Select((row, index) => row with
        {
            Rank = index + 1,
            Mark = index >= ranked ? LeagueMark.None : index < named ? LeagueMark.Best : index >= ranked - named ? LeagueMark.Worst : LeagueMark.None,
        }).ToList();
        var national = await LeagueFigures.NationalByMonthAsync(session, window, cancellation);
        return new LeagueTable(window, reference.StarBands.Version, reference.Population?.Version, rows, national);
    }

    private static LeagueRow Figures(CouncilFigures figures, int notices, DischargeRules rules, LeagueReference reference)
    {
        var (council, delayedDays, amount, delayedEpisodes) = figures;
        var per100 = Ratio(delayedDays * 100m, notices);
        var adults = reference.Population?.AdultsOf(council);
        return new LeagueRow(
            0,
            council,
            rules.ReferenceData.Councils.Find(council)?.Name ?? council,
            notices,
            delayedEpisodes,
            delayedDays,
            amount,
            per100,
            Ratio(delayedDays, delayedEpisodes),
            Ratio(amount, notices),
            adults is { } count ? Ratio(delayedDays * 100_000m, count) : null,
            per100 is { } measure ? reference.StarBands.StarsFor(measure) : null,
            LeagueMark.None);
    }

    private static decimal? Ratio(decimal amount, long divisor) => divisor == 0 ? null : Math.Round(amount / divisor, 2, MidpointRounding.AwayFromZero);
}
