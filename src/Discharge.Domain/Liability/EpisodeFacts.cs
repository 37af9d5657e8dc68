using Discharge.Domain.Calendar;
using Discharge.Domain.Councils;
using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>
/// The facts of an episode that do not depend on the order they were recorded in: when the patient left, when
/// the council's services were in place, which days an NHS service or the patient's choice held things up, the
/// care setting and the responsible council by date. Reused between calls on one thread to spare allocations.
/// </summary>
internal sealed class EpisodeFacts
{
    private readonly List<(LocalDate From, LocalDate Until)> nhsServiceAwaited = [];
    private readonly List<(LocalDate From, LocalDate Until)> patientChoice = [];
    private readonly List<(LocalDate On, CareSetting Setting)> settings = [];
    private readonly List<(LocalDate On, string Council)> transfers = [];
    private readonly List<(int Index, string Reason)> refusedTransfers = [];

    /// <summary>The day the patient was discharged, discharged themselves or died (the earliest if several).</summary>
    public LocalDate? DepartureDay { get; private set; }

    public PeriodEnd DepartureKind { get; private set; }

    public LocalDate? ServicesInPlaceOn { get; private set; }

    /// <summary>
    /// Collects the facts that had happened by the end of <paramref name="asOf"/> (all of them without one). A transfer
    /// to a council of the register that did not exist on its day is given no effect, as the API refuses it
    /// (docs/rules.md#defect-council-not-in-existence).
    /// </summary>
    public void Collect(IReadOnlyList<LiabilityFact> history, LocalDate? asOf, NoticeTiming timing, CouncilRegister councils)
    {
        nhsServiceAwaited.Clear();
        patientChoice.Clear();
        settings.Clear();
        transfers.Clear();
        refusedTransfers.Clear();
        DepartureDay = null;
        ServicesInPlaceOn = null;
        for (var i = 0; i < history.Count; i++)
        {
            var fact = history[i];
            if (!fact.HappenedBy(asOf, timing))
            {
                continue;
            }

            switch (fact.Kind)
            {
                case LiabilityFactKind.ServicesInPlace when ServicesInPlaceOn is null || fact.Day < ServicesInPlaceOn:
                    ServicesInPlaceOn = fact.Day;
                    break;
                case LiabilityFactKind.NhsServiceAwaited:
                    nhsServiceAwaited.Add((fact.Day, fact.Until));
                    break;
                case LiabilityFactKind.PatientChoice:
                    patientChoice.Add((fact.Day, fact.Until));
                    break;
                case LiabilityFactKind.CareSettingChanged:
                    InsertByDate(settings, (fact.Day, fact.Setting));
                    break;
                case LiabilityFactKind.ResponsibilityTransferred when councils.Refusal(councils.CodeOn(fact.Council!, fact.Day), fact.Day) is { Listed: true } refusal:
                    refusedTransfers.Add((i, refusal.Reason));
                    break;
                case LiabilityFactKind.ResponsibilityTransferred:
                    InsertByDate(transfers, (fact.Day, fact.Council!));
                    break;
                case LiabilityFactKind.Departure:
                    Depart(fact.Day, EndOf(fact.How));
                    break;
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="days"/> every date the facts' answers for a day turn on (<see cref="AlikeDays"/>), with those
    /// of each council a transfer made responsible.
    /// </summary>
    public void AddComparedDays(List<LocalDate> days, CouncilRegister councils)
    {
        foreach (var (from, until) in nhsServiceAwaited)
        {
            days.Add(from);
            days.Add(until);
        }

        foreach (var (from, until) in patientChoice)
        {
            days.Add(from);
            days.Add(until);
        }

        foreach (var (on, _) in settings)
        {
            days.Add(on);
        }

        foreach (var (on, council) in transfers)
        {
            days.Add(on);
            councils.AddComparedDays(council, days);
        }

        if (ServicesInPlaceOn is { } servicesInPlace)
        {
            days.Add(servicesInPlace);
        }
    }

    private static PeriodEnd EndOf(DepartureKind how) => how switch
    {
        Episodes.DepartureKind.Discharged => PeriodEnd.Discharged,
        Episodes.DepartureKind.SelfDischarged => PeriodEnd.SelfDischarged,
        _ => PeriodEnd.Died,
    };

    /// <summary>The care setting once the changes of <paramref name="day"/> have happened; episodes start in acute care.</summary>
    public CareSetting SettingAtEndOf(LocalDate day)
    {
        var setting = CareSetting.Acute;
        foreach (var change in settings)
        {
            if (change.On > day)
            {
                break;
            }

            setting = change.Setting;
        }

        return setting;
    }

    /// <summary>The council responsible on <paramref name="day"/>: a transfer takes effect on its day (E10; reg 18).</summary>
    public string CouncilOn(string notifiedCouncil, LocalDate day)
    {
        var council = notifiedCouncil;
        foreach (var transfer in transfers)
        {
            if (transfer.On > day)
            {
                break;
            }

            council = transfer.Council;
        }

        return council;
    }

    /// <summary>Why the transfer at <paramref name="position"/> in the history was given no effect, if it was.</summary>
    public string? RefusedTransfer(int position)
    {
        foreach (var (index, reason) in refusedTransfers)
        {
            if (index == position)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Whether the patient was out of qualifying care at some time from <paramref name="from"/> to <paramref name="day"/>.</summary>
    public bool LeftQualifyingCare(Regime regime, LocalDate from, LocalDate day)
    {
        foreach (var change in settings)
        {
            if (change.On > day)
            {
                break;
            }

            if (change.On >= from && !QualifyingCare.Qualifies(change.Setting, regime))
            {
                return true;
            }
        }

        return false;
    }

    public bool NhsServiceAwaitedOn(LocalDate day) => Covers(nhsServiceAwaited, day);

    public bool PatientChoiceOn(LocalDate day) => Covers(patientChoice, day);

    private static bool Covers(List<(LocalDate From, LocalDate Until)> ranges, LocalDate day)
    {
        foreach (var (from, until) in ranges)
        {
            if (day >= from && day <= until)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps the list in date order; facts of the same date stay in the order recorded.</summary>
    private static void InsertByDate<T>(List<(LocalDate On, T Value)> list, (LocalDate On, T Value) item)
    {
        var index = list.Count;
        while (index > 0 && list[index - 1].On > item.On)
        {
            index--;
        }

        list.Insert(index, item);
    }

    private void Depart(LocalDate on, PeriodEnd kind)
    {
        if (DepartureDay is null || on < DepartureDay)
        {
            DepartureDay = on;
            DepartureKind = kind;
        }
    }
}
