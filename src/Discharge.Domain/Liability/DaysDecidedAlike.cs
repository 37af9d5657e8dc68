using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>
/// Days of a delay period decided alike (<see cref="AlikeDays"/>): <see cref="First"/>, and every day after it to
/// <see cref="Last"/> (inclusive), which is decided as <see cref="First"/> is but for its date.
/// </summary>
public readonly record struct DaysDecidedAlike(LiabilityDay First, LocalDate Last);
