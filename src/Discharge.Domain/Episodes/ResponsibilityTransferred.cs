using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>
/// From <paramref name="On"/>, <paramref name="ToCouncil"/> is the responsible authority: it agreed, or it was
/// determined, that the patient is ordinarily resident there (2003 reg 18; 2014 reg 12).
/// </summary>
public sealed record ResponsibilityTransferred(LocalDate On, string ToCouncil) : IEpisodeEvent;
