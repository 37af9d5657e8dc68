using Discharge.Domain.Councils;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>
/// One day of a delayed discharge period. <see cref="Rate"/> is the daily amount for chargeable and potential
/// days (zero otherwise); <see cref="Period"/> is the index of the period in <see cref="EpisodeLiability.Periods"/>.
/// </summary>
public readonly record struct LiabilityDay(
    LocalDate Date,
    string Council,
    DayStatus Status,
    Regime? Regime,
    RateBand? Band,
    decimal Rate,
    DecisionRule Rule,
    int Period)
{
    /// <summary>What the council owes for the day, in pounds.</summary>
    public decimal Amount => Status == DayStatus.Chargeable ? Rate : 0m;
}
