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
    public static SitRep Tally(BillingMonth month, string? council, string? nhsBody, IReadOnlyList<EpisodeDelayLedger> ledgers)
    {
        var census = CensusDayOf(month);
        var window = new DateWindow(month.FirstDay, month.LastDay);
        var rows = new Sums<(string NhsBody, string Council, string Reason, ResponsibleOrganisation Responsible), (int Days, int Patients)>(
            (0, 0), (sum, more) => (sum.Days + more.Days, sum.Patients + more.Patients));
        foreach (var ledger in ledgers)
        {
            foreach (var (run, days) in ledger.RunsWithin(window, council))
            {
                foreach (var (reason, part) in DtocReasons.Split(run, days, ledger.AssessedOn))
                {
                    // A period never lists a day twice, so a run holding the census day is one patient delayed then.
                    rows.Add((ledger.NhsBody, run.Council, reason.Code, reason.Responsible), (part.Days, part.From <= census && census <= part.To ? 1 : 0));
                }
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
