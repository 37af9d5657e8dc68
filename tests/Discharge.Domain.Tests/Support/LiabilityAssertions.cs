using Discharge.Domain.Liability;
using NodaTime;

namespace Discharge.Domain.Tests.Support;

/// <summary>Reads a result the way the worked examples state it: which dates were charged.</summary>
internal static class LiabilityAssertions
{
    public static LocalDate[] ChargedDates(this EpisodeLiability liability) =>
        liability.Days.Where(d => d.Status == DayStatus.Chargeable).Select(d => d.Date).ToArray();

    public static LocalDate[] DatesWith(this EpisodeLiability liability, DayStatus status) =>
        liability.Days.Where(d => d.Status == status).Select(d => d.Date).ToArray();

    public static LiabilityDay Day(this EpisodeLiability liability, string date) =>
        liability.Days.Single(d => d.Date == EpisodeBuilder.Date(date));

    /// <summary>Every date from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static LocalDate[] Dates(string first, string last)
    {
        var dates = new List<LocalDate>();
        for (var day = EpisodeBuilder.Date(first); day <= EpisodeBuilder.Date(last); day = day.PlusDays(1))
        {
            dates.Add(day);
        }

        return [.. dates];
    }
}
