using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>
/// The council's assessment and decision are done and the services it decided on are available from
/// <paramref name="On"/>: the council is no longer the cause of the delay (notes 35).
/// </summary>
public sealed record CouncilServicesInPlace(LocalDate On) : IEpisodeEvent;

/// <summary>
/// An NHS service needed for discharge was awaited on every day from <paramref name="From"/> to
/// <paramref name="Until"/> inclusive: the council was not the sole cause on those days (notes 35).
/// </summary>
public sealed record NhsServiceAwaited(LocalDate From, LocalDate Until) : IEpisodeEvent;

/// <summary>
/// The patient or family's choice delayed discharge on every day from <paramref name="From"/> to
/// <paramref name="Until"/> inclusive (DToC reason G; rules.md §3.3, A11).
/// </summary>
public sealed record DelayedByPatientChoice(LocalDate From, LocalDate Until) : IEpisodeEvent;
