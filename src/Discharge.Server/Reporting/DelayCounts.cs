using Discharge.Domain.Liability;
using NodaTime;

namespace Discharge.Server.Reporting;

/// <summary>
/// Delayed days in a window, to today at the latest: every day the rules engine lists in a delayed discharge
/// period, whatever it came to, by council × NHS body × month, by status, by reason (the deciding rule) and by day.
/// </summary>
public sealed record DelayCounts(
    string? Council,
    string? NhsBody,
    LocalDate From,
    LocalDate To,
    LocalDate AsOf,
    int DelayedDays,
    IReadOnlyList<DelayMonth> ByCouncilNhsBodyAndMonth,
    IReadOnlyList<StatusDays> ByStatus,
    IReadOnlyList<ReasonDays> ByReason,
    IReadOnlyList<DailyCount> Daily)
{
    /// <summary>Counts the days of <paramref name="ledgers"/> inside <paramref name="window"/>, of one council's runs when given.</summary>
    public static DelayCounts Tally(
        string? council, string? nhsBody, DateWindow asked, LocalDate today, DateWindow? window, IReadOnlyList<EpisodeDelayLedger> ledgers)
    {
        var total = 0;
        var byMonth = new SortedDictionary<(string Council, string NhsBody, string Month), int>();
        var byStatus = new SortedDictionary<DayStatus, int>();
        var byReason = new SortedDictionary<(string Rule, DayStatus Status), int>();
        var daily = new SortedDictionary<LocalDate, int>();
        foreach (var ledger in ledgers)
        {
            foreach (var (run, days) in ledger.RunsWithin(window, council))
            {
                total += days.Days;
                byStatus[run.Status] = byStatus.GetValueOrDefault(run.Status) + days.Days;
                byReason[(run.Rule, run.Status)] = byReason.GetValueOrDefault((run.Rule, run.Status)) + days.Days;
                foreach (var (month, monthDays) in days.ByMonth())
                {
                    var key = (run.Council, ledger.NhsBody, month);
                    byMonth[key] = byMonth.GetValueOrDefault(key) + monthDays.Days;
                }

                // A period never lists a day twice, so each run-day is one patient delayed that day.
                for (var day = days.From; day <= days.To; day = day.PlusDays(1))
                {
                    daily[day] = daily.GetValueOrDefault(day) + 1;
                }
            }
        }

        return new DelayCounts(
            council,
            nhsBody,
            asked.From,
            asked.To,
            today,
            total,
            [.. byMonth.Select(m => new DelayMonth(m.Key.Council, m.Key.NhsBody, m.Key.Month, m.Value))],
            [.. byStatus.Select(s => new StatusDays(s.Key, s.Value))],
            [.. byReason.Select(r => new ReasonDays(r.Key.Rule, r.Key.Status, r.Value))],
            [.. daily.Select(d => new DailyCount(d.Key, d.Value))]);
    }
}

public sealed record DelayMonth(string Council, string NhsBody, string Month, int Days);

public sealed record StatusDays(DayStatus Status, int Days);

public sealed record ReasonDays(string Rule, DayStatus Status, int Days);

public sealed record DailyCount(LocalDate Date, int Patients);
