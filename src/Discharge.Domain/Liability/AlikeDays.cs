using Discharge.Domain.Councils;
using Discharge.Domain.NhsBodies;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>
/// For one episode, the days whose decision may differ from the day before's: for every date a condition of a day's
/// decision compares the day with (the episode's facts and closing days, its councils' and NHS body's days in the
/// registers, the timeline, the regime in doubt and the rates), that date and the day after it: a condition on the day
/// (before, on or after the date) changes on one of them, and one on the day before (a day is also judged by the state
/// as it began), which holds from the date on, changes on the day after. Between two of them every day is decided alike,
/// so the engine decides the first and lists the rest as it: a period still open runs for years of alike days. A property
/// test holds it to deciding every day (<c>deciding_alike_days_once</c>).
/// </summary>
internal sealed class AlikeDays
{
    private readonly List<LocalDate> dates = [];
    private readonly List<LocalDate> changes = [];
    private LocalDate[] referenceChanges = [];

    /// <summary>The days a decision may change on, of the timeline, the regime in doubt and the rates: the same for every episode.</summary>
    public static LocalDate[] Around(IEnumerable<LocalDate> compared)
    {
        var changes = new List<LocalDate>();
        foreach (var date in compared)
        {
            AddAround(changes, date);
        }

        return [.. changes.Distinct().Order()];
    }

    public void Collect(BoundRules rules, EpisodeFacts facts, string notifiedCouncil, NhsBody? nhsBody, LocalDate? latestPaymentRequirement, List<ClosingFacts> closings)
    {
        referenceChanges = rules.ReferenceChanges;
        dates.Clear();
        facts.AddComparedDays(dates, rules.Councils);
        rules.Councils.AddComparedDays(notifiedCouncil, dates);
        AddIfAny(nhsBody?.From);
        AddIfAny(nhsBody?.To);
        AddIfAny(latestPaymentRequirement);
        foreach (var closing in closings)
        {
            AddIfAny(closing.ClosingDay);
        }

        changes.Clear();
        foreach (var date in dates)
        {
            AddAround(changes, date);
        }

        changes.Sort();
    }

    /// <summary>The last day, from <paramref name="day"/> on, decided as <paramref name="day"/> is.</summary>
    public LocalDate LastAlike(LocalDate day)
    {
        var next = LocalDate.Min(NextAfter(referenceChanges, day), NextAfter(changes, day));
        return next == LocalDate.MaxIsoValue ? next : next.PlusDays(-1);
    }

    /// <summary>The date and the day after it, if a date can name one (a fact may run to the last day there is).</summary>
    private static void AddAround(List<LocalDate> changes, LocalDate date)
    {
        changes.Add(date);
        if (date < LocalDate.MaxIsoValue)
        {
            changes.Add(date.PlusDays(1));
        }
    }

    private static LocalDate NextAfter(IReadOnlyList<LocalDate> sorted, LocalDate day)
    {
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i] > day)
            {
                return sorted[i];
            }
        }

        return LocalDate.MaxIsoValue;
    }

    private void AddIfAny(LocalDate? date)
    {
        if (date is { } compared)
        {
            dates.Add(compared);
        }
    }
}
