using Discharge.Domain.Liability;
using Discharge.Domain.Statements;
using Discharge.Server.Reporting;
using NodaTime;

namespace Discharge.Server.Returns;

/// <summary>
/// The monthly delayed-transfers-of-care return (the national SitRep's shape): one row per NHS body × council × reason ×
/// responsible organisation, with the delayed days in the month and the patients delayed at the month's census.
/// </summary>
public sealed record SitRep(
    BillingMonth Month,
    LocalDate CensusOn,
    string? Council,
    string? NhsBody,
    int DelayedDays,
    int PatientsAtCensus,
    IReadOnlyList<SitRepRow> Rows)
{
    /// <summary>The census of the return, as the national collection took it: midnight at the end of the month's last Thursday.</summary>
    public static LocalDate CensusDayOf(BillingMonth month) => month.LastDay.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Thursday));

    /// <summary>Counts the month's days of <paramref name="ledgers"/> (of one council's runs when given) by row.</summary>
    public static SitRep Tally(BillingMonth month, string? council, string? nhsBody, IReadOnlyList<EpisodeDelayLedger> ledgers) =>
        Tally(month, council, nhsBody, ReturnedDays.Of(ledgers, new DateWindow(month.FirstDay, month.LastDay), council));

    /// <summary>Counts <paramref name="days"/> (the month's days, each inside it) by row.</summary>
    public static SitRep Tally(BillingMonth month, string? council, string? nhsBody, IEnumerable<ReturnedDays> days)
    {
        var census = CensusDayOf(month);
        var rows = new Sums<(string NhsBody, string Council, string Reason, ResponsibleOrganisation Responsible), (int Days, int Patients)>(
            (0, 0), (sum, more) => (sum.Days + more.Days, sum.Patients + more.Patients));
        foreach (var run in days)
        {
            foreach (var (reason, part) in DtocReasons.Split(run.Status, new DateWindow(run.From, run.Until), run.AssessedOn))
            {
                // A period never lists a day twice, so a run holding the census day is one patient delayed then.
                rows.Add((run.NhsBody, run.Council, reason.Code, reason.Responsible), (part.Days, part.From <= census && census <= part.To ? 1 : 0));
            }
        }

        return new SitRep(
            month,
            census,
            council,
            nhsBody,
            rows.Values.Sum(r => r.Days),
            rows.Values.Sum(r => r.Patients),
            [.. rows.InOrder().Select(r => new SitRepRow(r.Key.NhsBody, r.Key.Council, r.Key.Reason, r.Key.Responsible, r.Value.Days, r.Value.Patients))]);
    }
}

/// <summary>One row of the return: <see cref="Reason"/> is a DToC code, or the codes the record cannot tell apart (docs/reports.md).</summary>
public sealed record SitRepRow(string NhsBody, string Council, string Reason, ResponsibleOrganisation Responsible, int DelayedDays, int PatientsAtCensus);

/// <summary>Days of one run of a ledger, inside the month returned: what the return counts, with the ledger's NHS body and assessment day.</summary>
public sealed record ReturnedDays(string NhsBody, string Council, DayStatus Status, LocalDate From, LocalDate Until, LocalDate? AssessedOn)
{
    /// <summary>The runs of <paramref name="ledgers"/> (of one council when given) cut to the window.</summary>
    public static IEnumerable<ReturnedDays> Of(IEnumerable<EpisodeDelayLedger> ledgers, DateWindow window, string? council) =>
        ledgers.SelectMany(l => l.RunsWithin(window, council).Select(r => new ReturnedDays(l.NhsBody, r.Run.Council, r.Run.Status, r.Days.From, r.Days.To, l.AssessedOn)));
}
