using NodaTime;

namespace Discharge.Server.Reporting;

/// <summary>
/// Patients delayed on each day of a window, counted from runs of days: each run adds one at its first day and takes one
/// away after its last, and a running sum gives every day's count. A period never lists a day twice, so each run-day is
/// one patient delayed that day. Linear in runs and days, however long the runs.
/// </summary>
internal sealed class DailyPatients(DateWindow? window)
{
    private readonly int[] changes = window is { } days ? new int[days.Days + 1] : [];

    /// <summary>Counts a run's days, which lie inside the window.</summary>
    public void Add(DateWindow days)
    {
        var first = window!.Value.From;
        changes[Period.DaysBetween(first, days.From)]++;
        changes[Period.DaysBetween(first, days.To) + 1]--;
    }

    /// <summary>Each day with a patient delayed, in order.</summary>
    public IReadOnlyList<DailyCount> Counts()
    {
        var counts = new List<DailyCount>();
        var patients = 0;
        for (var day = 0; day < changes.Length - 1; day++)
        {
            patients += changes[day];
            if (patients > 0)
            {
                counts.Add(new DailyCount(window!.Value.From.PlusDays(day), patients));
            }
        }

        return counts;
    }
}
