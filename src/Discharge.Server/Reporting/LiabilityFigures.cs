using Discharge.Domain.Liability;

namespace Discharge.Server.Reporting;

/// <summary>Chargeable days and what they cost, and the 2014 potential days the NHS body could require payment for.</summary>
public sealed record LiabilityFigures(int ChargeableDays, decimal Amount, int PotentialDays, decimal PotentialAmount)
{
    public static LiabilityFigures None { get; } = new(0, 0m, 0, 0m);

    /// <summary>These figures plus <paramref name="days"/> days of <paramref name="run"/>.</summary>
    public LiabilityFigures Plus(DelayRun run, int days) => run.Status switch
    {
        DayStatus.Chargeable => this with { ChargeableDays = ChargeableDays + days, Amount = Amount + (run.Amount * days) },
        DayStatus.Potential => this with { PotentialDays = PotentialDays + days, PotentialAmount = PotentialAmount + (run.PotentialAmount * days) },
        _ => this,
    };

    public LiabilityFigures Plus(LiabilityFigures other) => new(
        ChargeableDays + other.ChargeableDays, Amount + other.Amount, PotentialDays + other.PotentialDays, PotentialAmount + other.PotentialAmount);
}
