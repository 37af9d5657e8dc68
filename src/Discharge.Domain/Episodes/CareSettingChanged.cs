using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>The kind of care the patient receives; only acute care is in the scheme (rules.md §3.3).</summary>
public enum CareSetting
{
    Acute,
    Intermediate,
    Rehabilitation,
    MentalHealth,
    Maternity,

    /// <summary>The patient, or someone for them, has undertaken to pay for the care (Sch 3 para 7(7)).</summary>
    SelfFunded,
}

/// <summary>The patient's care changed to <paramref name="Setting"/> on <paramref name="On"/>; episodes start in acute care.</summary>
public sealed record CareSettingChanged(LocalDate On, CareSetting Setting) : IEpisodeEvent;
