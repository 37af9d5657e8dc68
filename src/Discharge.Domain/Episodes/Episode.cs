using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>
/// One episode as its recorded events make it: the one place an event's meaning for where the episode stands is
/// written. Command decisions check their rules against it, the episode view shows it, and the liability engine reads
/// what each event means for liability from it (<see cref="LiabilityFacts"/>), day by day as of a day. A plain fold, one <c>Apply</c> per event, with no store behind it: the same type serves the
/// write side and a read of the episode as it stood at any earlier event (the events up to a version).
/// </summary>
public sealed class Episode
{
    private readonly List<LiabilityFact> liabilityFacts = [];
    private readonly List<Instant> assessmentNoticesDeliveredAt = [];
    private readonly List<LocalDate> liabilityStartedAfter = [];
    private readonly List<(long Version, NoticeAcknowledged Acknowledgement)> acknowledgements = [];
    private readonly List<string> councils = [];
    private int nhsServiceAwaitedIndex;

    private Episode(Guid id) => Id = id;

    public Guid Id { get; }

    /// <summary>How many events are recorded: the stream version the episode stands at.</summary>
    public long Version { get; private set; }

    /// <summary>Whether anything is recorded: an episode starts with its first assessment notice.</summary>
    public bool Exists { get; private set; }

    /// <summary>Who the episode is between, from its first assessment notice; null before one.</summary>
    public EpisodeHeader? Header { get; private set; }

    public AssessmentNoticeGiven? AssessmentNotice { get; private set; }

    public DischargeNoticeGiven? DischargeNotice { get; private set; }

    /// <summary>The first assessment notice's delivery: nothing about the patient can be dated before it.</summary>
    public Instant? FirstNoticeAt => assessmentNoticesDeliveredAt.Count == 0 ? null : assessmentNoticesDeliveredAt[0];

    /// <summary>When every assessment notice of the episode, in force or not, was delivered.</summary>
    public IReadOnlyList<Instant> AssessmentNoticesDeliveredAt => assessmentNoticesDeliveredAt;

    /// <summary>When the latest withdrawal was delivered: a new notice cannot be dated before it.</summary>
    public Instant? LastWithdrawalAt { get; private set; }

    public Departure? Departure { get; private set; }

    public LocalDate? DepartedOn => Departure?.On;

    /// <summary>The day an open-ended wait for an NHS service began, while it is open.</summary>
    public LocalDate? NhsServiceAwaitedFrom { get; private set; }

    /// <summary>The day the council first recorded its assessment as done, if it has.</summary>
    public LocalDate? AssessedOn { get; private set; }

    /// <summary>The council that took over responsibility (ordinary residence), if any.</summary>
    public string? TransferredTo { get; private set; }

    /// <summary>The day the latest transfer of responsibility took effect, if any.</summary>
    public LocalDate? TransferredOn { get; private set; }

    /// <summary>
    /// Every council ever responsible, the one notified first: one that handed over still owes, or recovers, the days
    /// before (E10, A7).
    /// </summary>
    public IReadOnlyList<string> Councils => councils;

    /// <summary>The council responsible now (after any transfer of responsibility).</summary>
    public string? ResponsibleCouncil => TransferredTo ?? Header?.Council;

    /// <summary>The patient's name as the latest assessment notice that gave one said it.</summary>
    public string? PatientName { get; private set; }

    /// <summary>The patient's NHS number as the latest assessment notice that gave one said it (required from 2014).</summary>
    public string? PatientNhsNumber { get; private set; }

    /// <summary>How a bill names the patient: the NHS number, else the name the notices gave.</summary>
    public string PatientReference => PatientNhsNumber ?? PatientName ?? Id.ToString();

    /// <summary>The council's answers to notices, each with the version of the event that recorded it.</summary>
    public IReadOnlyList<(long Version, NoticeAcknowledged Acknowledgement)> Acknowledgements => acknowledgements;

    /// <summary>Whether the service recorded that liability started when <paramref name="relevantDay"/> ended.</summary>
    public bool LiabilityStartedAfter(LocalDate relevantDay) => liabilityStartedAfter.Contains(relevantDay);

    /// <summary>What the episode's events mean for liability, in recorded order: what the liability engine reads.</summary>
    public IReadOnlyList<LiabilityFact> LiabilityFacts()
    {
        // An open wait for an NHS service runs, for the engine, to the end of its regime.
        return NhsServiceAwaitedFrom is { } stillAwaited
            ? [.. liabilityFacts, LiabilityFact.Span(LiabilityFactKind.NhsServiceAwaited, nhsServiceAwaitedIndex, stillAwaited, LocalDate.MaxIsoValue)]
            : liabilityFacts;
    }

    /// <summary>The place in the history of the event being applied.</summary>
    private int Index => (int)Version - 1;

    /// <summary>The episode <paramref name="id"/> as its <paramref name="events"/>, in recorded order, make it.</summary>
    public static Episode From(Guid id, IEnumerable<object> events)
    {
        var episode = new Episode(id);
        foreach (var e in events)
        {
            episode.Evolve(e);
        }

        return episode;
    }

    /// <summary>The episode once <paramref name="recorded"/>, the next event of its stream, has happened.</summary>
    public void Evolve(object recorded)
    {
        Exists = true;
        Version++;
        switch (recorded)
        {
            case AssessmentNoticeGiven e: Apply(e); break;
            case DischargeNoticeGiven e: Apply(e); break;
            case AssessmentNoticeWithdrawn e: Apply(e); break;
            case DischargeNoticeWithdrawn e: Apply(e); break;
            case NhsServiceAwaitingStarted e: Apply(e); break;
            case NhsServiceBecameAvailable e: Apply(e); break;
            case ResponsibilityTransferred e: Apply(e); break;
            case LiabilityStarted e: Apply(e); break;
            case CouncilAssessmentCompleted e: AssessedOn ??= e.On; break;
            case NoticeAcknowledged e: Apply(e); break;
            case PaymentRequired e: liabilityFacts.Add(LiabilityFact.Delivered(LiabilityFactKind.PaymentRequired, Index, e.DeliveredAt)); break;
            case CouncilServicesInPlace e: liabilityFacts.Add(LiabilityFact.Dated(LiabilityFactKind.ServicesInPlace, Index, e.On)); break;
            case CareSettingChanged e: liabilityFacts.Add(LiabilityFact.Dated(LiabilityFactKind.CareSettingChanged, Index, e.On) with { Setting = e.Setting }); break;
            case NhsServiceAwaited e: liabilityFacts.Add(LiabilityFact.Span(LiabilityFactKind.NhsServiceAwaited, Index, e.From, e.Until)); break;
            case DelayedByPatientChoice e: liabilityFacts.Add(LiabilityFact.Span(LiabilityFactKind.PatientChoice, Index, e.From, e.Until)); break;
            case var left when Domain.Episodes.Departure.Of(left) is { } departure: Apply(departure); break;
        }
    }

    public void Apply(AssessmentNoticeGiven notice)
    {
        if (Header is null)
        {
            Header = new EpisodeHeader(notice.NhsBody, notice.Council);
            councils.Add(notice.Council);
        }

        AssessmentNotice = notice;
        // Only a lapsed notice is replaced without a withdrawal; its discharge notice lapsed with it (rules.md §3.6).
        DischargeNotice = null;
        assessmentNoticesDeliveredAt.Add(notice.DeliveredAt);
        PatientName = notice.Contents?.Patient.Name ?? PatientName;
        PatientNhsNumber = notice.Contents?.Patient.NhsNumber ?? PatientNhsNumber;
        liabilityFacts.Add(LiabilityFact.Delivered(LiabilityFactKind.AssessmentNoticeGiven, Index, notice.DeliveredAt));
    }

    public void Apply(DischargeNoticeGiven notice)
    {
        DischargeNotice = notice;
        liabilityFacts.Add(LiabilityFact.Delivered(LiabilityFactKind.DischargeNoticeGiven, Index, notice.DeliveredAt) with
        {
            ProposedDischargeDate = notice.ProposedDischargeDate,
        });
    }

    /// <summary>Withdrawing the assessment notice withdraws the discharge notice with it (2003 reg 4(4); 2014 reg 4).</summary>
    public void Apply(AssessmentNoticeWithdrawn withdrawal)
    {
        AssessmentNotice = null;
        DischargeNotice = null;
        LastWithdrawalAt = withdrawal.DeliveredAt;
        liabilityFacts.Add(LiabilityFact.Delivered(LiabilityFactKind.AssessmentNoticeWithdrawn, Index, withdrawal.DeliveredAt));
    }

    public void Apply(DischargeNoticeWithdrawn withdrawal)
    {
        DischargeNotice = null;
        LastWithdrawalAt = withdrawal.DeliveredAt;
        liabilityFacts.Add(LiabilityFact.Delivered(LiabilityFactKind.DischargeNoticeWithdrawn, Index, withdrawal.DeliveredAt));
    }

    /// <summary>A discharge, self-discharge or death closes the episode on its day.</summary>
    public void Apply(Departure departure)
    {
        Departure = departure;
        liabilityFacts.Add(LiabilityFact.Dated(LiabilityFactKind.Departure, Index, departure.On) with { How = departure.How });
    }

    /// <summary>The wait is open until the service becomes available; only then is it a range the engine takes.</summary>
    public void Apply(NhsServiceAwaitingStarted started)
    {
        NhsServiceAwaitedFrom = started.From;
        nhsServiceAwaitedIndex = Index;
    }

    public void Apply(NhsServiceBecameAvailable available)
    {
        if (NhsServiceAwaitedFrom is { } from)
        {
            liabilityFacts.Add(LiabilityFact.Span(LiabilityFactKind.NhsServiceAwaited, nhsServiceAwaitedIndex, from, available.On.PlusDays(-1)));
            NhsServiceAwaitedFrom = null;
        }
    }

    public void Apply(ResponsibilityTransferred transfer)
    {
        TransferredTo = transfer.ToCouncil;
        TransferredOn = transfer.On;
        councils.Add(transfer.ToCouncil);
        liabilityFacts.Add(LiabilityFact.Dated(LiabilityFactKind.ResponsibilityTransferred, Index, transfer.On) with { Council = transfer.ToCouncil });
    }

    /// <summary>An answer is a dispute flag at most: it never changes the notice, nor liability (§1.5).</summary>
    public void Apply(NoticeAcknowledged acknowledgement) => acknowledgements.Add((Version, acknowledgement));

    public void Apply(LiabilityStarted started) => liabilityStartedAfter.Add(started.RelevantDay);
}
