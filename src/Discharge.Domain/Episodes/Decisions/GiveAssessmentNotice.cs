using Discharge.Domain.Episodes.Contents;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>
/// A hospital gives a council an assessment notice (2003 Act s.2; Care Act 2014 Sch 3 para 1), opening the
/// episode or, after a withdrawal, renewing it. <c>deliveredAt</c> is when it reached the council's designated
/// channel (default: when the service received it); the 14:00 cut-off applies to it.
/// </summary>
public sealed record GiveAssessmentNotice(
    string? NhsBody,
    string? Council,
    Instant? DeliveredAt,
    PatientPart? Patient,
    string? Hospital,
    LocalDate? ExpectedAdmission,
    LocalDate? LikelyDischargeDate,
    bool? DescribesItselfAsNotice,
    bool? PatientConsulted,
    bool? CarerConsulted,
    string? ContinuingHealthCareOutcome,
    bool? PatientOrCarerObjected,
    LiaisonPart? Liaison,
    CareSetting? CareSetting,
    Residence? OrdinarilyResident)
{
    /// <summary>
    /// The named NHS body opens an episode, or renews one whose notice was withdrawn or lapsed, between the same
    /// parties, for a qualifying patient, with the contents its regime requires, at most seven days before admission.
    /// </summary>
    public Outcome Decide(Episode episode, DecisionContext context)
    {
        var rules = context.Rules;
        var at = DeliveredAt ?? context.Now;
        var dayGiven = rules.Timing.DayGiven(at);
        return SequenceProblem(episode, dayGiven, rules)
            ?? EpisodeChecks.WithinScheme("assessment notice", dayGiven, rules.Timeline)
            ?? RegisterChecks.KnownCouncil(Council!, dayGiven, rules)
            ?? RegisterChecks.KnownNhsBody(NhsBody!, dayGiven, rules)
            ?? EpisodeChecks.SentByNamedNhsBody(NhsBody!, context)
            ?? QualifyingProblem(rules.Timeline.RegimeOn(dayGiven)!.Value)
            ?? ContentsProblem(rules.Timeline.RegimeOn(dayGiven)!.Value)
            ?? TooEarly(dayGiven)
            ?? Outcome.Record(new AssessmentNoticeGiven(at, NhsBody!, Council!, Contents()));
    }

    /// <summary>Notes each content missing from the notice; with no regime (none known yet), only what both require.</summary>
    public FieldFaults AddMissingContents(FieldFaults faults, Regime? regime)
    {
        var is2014 = regime == Regime.CareAct2014;
        faults
            .Require("patient.name", Patient?.Name)
            .Require("hospital", Hospital)
            .Require("continuingHealthCareOutcome", ContinuingHealthCareOutcome)
            .Require("patientOrCarerObjected", PatientOrCarerObjected)
            .Require("liaison.name", Liaison?.Name);
        if (DescribesItselfAsNotice != true)
        {
            faults.Add("describesItselfAsNotice", regime switch
            {
                Regime.CareAct2014 => "The notice must describe itself as an assessment notice (para 1(3)(a)).",
                Regime.Act2003 => "The notice must state that it is given under section 2 (s.2(3)(a)).",
                _ => "The notice must describe itself as an assessment notice (2003 s.2(3)(a); Sch 3 para 1(3)(a)).",
            });
        }

        if (PatientConsulted != true)
        {
            faults.Add("patientConsulted", "The patient must be consulted before the notice is given (2003 s.2(4); para 1(4)).");
        }

        if (Patient?.NhsNumber is { } number && NhsNumber.Normalise(number) is null)
        {
            faults.Add("patient.nhsNumber", "Not a valid NHS number: ten digits with a modulus 11 check digit.");
        }
        else if (is2014 && Patient?.NhsNumber is null)
        {
            faults.Add("patient.nhsNumber", "Required under the 2014 regime (reg 3(1)).");
        }

        if (is2014 && string.IsNullOrWhiteSpace(Liaison?.Phone) && string.IsNullOrWhiteSpace(Liaison?.Email))
        {
            faults.Add("liaison", "A phone number or e-mail address for the liaison person is required under the 2014 regime (reg 3(2)).");
        }

        return faults;
    }

    private Refusal? SequenceProblem(Episode episode, LocalDate dayGiven, DischargeRules rules) =>
        episode.Exists && EpisodeChecks.Open(episode) is { } closed ? closed
        : episode.AssessmentNotice is { } inForce && !Lapsed(inForce, dayGiven, rules) ? Refusal.OutOfSequence(
            "assessment-notice-in-force",
            "An assessment notice is already in force for this episode.",
            "Withdraw it first (reg 4(4) / 2014 reg 4) if a new one is needed.",
            "2003 reg 4(4); 2014 reg 4")
        : episode.Header is { } header && (header.NhsBody != NhsBody || header.Council != Council) ? Refusal.OutOfSequence(
            "episode-parties-differ",
            "A renewed assessment notice must be between the same NHS body and council.",
            $"This episode is between {header.NhsBody} and {header.Council}. A change of responsible council is recorded as a responsibility transfer.")
        : null;

    /// <summary>
    /// A 2003-Act notice has no effect after 31 Mar 2015 (rules.md §3.6, A6): a Care Act assessment notice needs no
    /// withdrawal of it first.
    /// </summary>
    private static bool Lapsed(AssessmentNoticeGiven inForce, LocalDate dayGiven, DischargeRules rules) =>
        rules.Timeline.RegimeOn(dayGiven) > rules.RegimeOfNotice(inForce.DeliveredAt);

    /// <summary>Care outside the scheme starts no clock: the notice is refused, not recorded (E16; rules.md §3.3, §3.5).</summary>
    private Refusal? QualifyingProblem(Regime regime)
    {
        var setting = CareSetting ?? Episodes.CareSetting.Acute;
        var residence = OrdinarilyResident ?? Residence.England;
        string? reason =
            setting == Episodes.CareSetting.SelfFunded && regime == Regime.CareAct2014 ? "the patient has undertaken to pay for their care (Sch 3 para 7(7))"
            : setting is not (Episodes.CareSetting.Acute or Episodes.CareSetting.SelfFunded) ? $"{setting} care is not acute care (2003 reg 3; Sch 3 para 7(6)-(7))"
            : residence == Residence.Elsewhere ? "the patient is not ordinarily resident in England or Wales (2003 s.1(2))"
            : residence == Residence.Wales ? "the scheme's regulations apply to English councils and residents only (docs/rules.md §5)"
            : null;
        return reason is null ? null : Refusal.RuleBroken(
            "not-a-qualifying-patient",
            "The patient is not a qualifying patient.",
            $"No notice is recorded: {reason}.",
            "docs/rules.md §3.3, §3.5");
    }

    private Refusal? ContentsProblem(Regime regime) =>
        AddMissingContents(new FieldFaults(), regime).ContentsMissing(
            "assessment notice",
            regime == Regime.CareAct2014 ? "the 2014 Regulations, reg 3 and Sch 3 para 1" : "the 2003 Regulations, reg 4 and s.2 of the 2003 Act");

    /// <summary>Not more than seven days before the expected admission (2003 notes 13; Sch 3 para 1(3)(b)).</summary>
    private Refusal? TooEarly(LocalDate dayGiven) =>
        ExpectedAdmission is { } admission && dayGiven < admission.PlusDays(-7)
            ? Refusal.RuleBroken(
                "assessment-notice-too-early",
                "The assessment notice was given too long before the expected admission.",
                $"It counts as given on {dayGiven:yyyy-MM-dd}, more than 7 days before the expected admission on {admission:yyyy-MM-dd} (2003 notes 13; Sch 3 para 1(3)(b)).",
                "2003 notes 13; Sch 3 para 1(3)(b)")
            : null;

    private AssessmentNoticeContents Contents() => new(
        new PatientDetails(Patient!.Name!, NhsNumber.Normalise(Patient.NhsNumber)),
        Hospital!,
        ExpectedAdmission,
        LikelyDischargeDate,
        PatientConsulted: true,
        CarerConsulted,
        ContinuingHealthCareOutcome!,
        PatientOrCarerObjected!.Value,
        new LiaisonPerson(Liaison!.Name!, Liaison.Phone, Liaison.Email));
}
