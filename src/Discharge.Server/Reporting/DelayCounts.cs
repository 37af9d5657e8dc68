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
        var byMonth = new Sums<(string Council, string NhsBody, string Month), int>(0, Add);
        var byStatus = new Sums<DayStatus, int>(0, Add);
        var byReason = new Sums<(string Rule, DayStatus Status), int>(0, Add);
        var daily = new DailyPatients(window);
        foreach (var ledger in ledgers)
        {
            foreach (var (run, days) in ledger.RunsWithin(window, council))
            {
                total += days.Days;
                byStatus.Add(run.Status, days.Days);
                byReason.Add((run.Rule, run.Status), days.Days);
                foreach (var (month, monthDays) in days.ByMonth())
                {
                    byMonth.Add((run.Council, ledger.NhsBody, month), monthDays.Days);
                }

                daily.Add(days);
            }
        }

        return new DelayCounts(
            council,
            nhsBody,
            asked.From,
            asked.To,
            today,
            total,
            [.. byMonth.InOrder().Select(m => new DelayMonth(m.Key.Council, m.Key.NhsBody, m.Key.Month, m.Value))],
            [.. byStatus.InOrder().Select(s => new StatusDays(s.Key, s.Value))],
            [.. byReason.InOrder().Select(r => new ReasonDays(r.Key.Rule, r.Key.Status, r.Value))],
            daily.Counts());
    }

    private static int Add(int sum, int days) => sum + days;
}

public sealed record DelayMonth(string Council, string NhsBody, string Month, int Days);

public sealed record StatusDays(DayStatus Status, int Days);

public sealed record ReasonDays(string Rule, DayStatus Status, int Days);

public sealed record DailyCount(LocalDate Date, int Patients);
