using NodaTime;

namespace Discharge.Domain.Statements;

/// <summary>A day of one episode: the grain at which days are billed, disputed and corrected.</summary>
public readonly record struct EpisodeDay(Guid EpisodeId, LocalDate Date);
