using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>The NHS body discharged the patient on <paramref name="On"/> (notes 37: the period ends that day).</summary>
public sealed record PatientDischarged(LocalDate On) : IEpisodeEvent;

/// <summary>The patient discharged themselves on <paramref name="On"/> (counts as discharged: Sch 3 para 1(5)(a)).</summary>
public sealed record PatientSelfDischarged(LocalDate On) : IEpisodeEvent;

/// <summary>The patient died on <paramref name="On"/> (the assessment notice ends: Sch 3 para 1(5)(b)).</summary>
public sealed record PatientDied(LocalDate On) : IEpisodeEvent;

/// <summary>How the patient left hospital: each way ends the episode (notes 37; Sch 3 para 1(5)).</summary>
public enum DepartureKind
{
    Discharged,
    SelfDischarged,
    Died,
}

/// <summary>The patient left hospital on <paramref name="On"/>, <paramref name="How"/>: what each departure event records.</summary>
public readonly record struct Departure(DepartureKind How, LocalDate On)
{
    /// <summary>The departure <paramref name="recorded"/> records, or null for any other event: the one place a departure event is read.</summary>
    public static Departure? Of(object recorded) => recorded switch
    {
        PatientDischarged e => new(DepartureKind.Discharged, e.On),
        PatientSelfDischarged e => new(DepartureKind.SelfDischarged, e.On),
        PatientDied e => new(DepartureKind.Died, e.On),
        _ => null,
    };

    /// <summary>The event that records this departure.</summary>
    public IEpisodeEvent ToEvent() => How switch
    {
        DepartureKind.Discharged => new PatientDischarged(On),
        DepartureKind.SelfDischarged => new PatientSelfDischarged(On),
        _ => new PatientDied(On),
    };
}
