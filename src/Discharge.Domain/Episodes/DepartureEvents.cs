using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>The NHS body discharged the patient on <paramref name="On"/> (notes 37: the period ends that day).</summary>
public sealed record PatientDischarged(LocalDate On) : IEpisodeEvent;

/// <summary>The patient discharged themselves on <paramref name="On"/> (counts as discharged: Sch 3 para 1(5)(a)).</summary>
public sealed record PatientSelfDischarged(LocalDate On) : IEpisodeEvent;

/// <summary>The patient died on <paramref name="On"/> (the assessment notice ends: Sch 3 para 1(5)(b)).</summary>
public sealed record PatientDied(LocalDate On) : IEpisodeEvent;
