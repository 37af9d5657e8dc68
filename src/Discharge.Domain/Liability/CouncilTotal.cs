namespace Discharge.Domain.Liability;

/// <summary>What one council owes for an episode, and what it could be required to pay (2014 potential days).</summary>
public sealed record CouncilTotal(string Council, int Days, decimal Amount, int PotentialDays, decimal PotentialAmount);
