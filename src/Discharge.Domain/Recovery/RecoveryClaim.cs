namespace Discharge.Domain.Recovery;

/// <summary>
/// A recovery claim between two councils as its stream makes it: the days claimed and the respondent's answer. A plain
/// fold (<see cref="Evolve"/>); also stored as a document for the councils' lists.
/// </summary>
public sealed class RecoveryClaim : IStreamFold<RecoveryClaim>
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public RecoveryClaimed Claimed { get; set; } = null!;

    public RecoveryAnswered? Answer { get; set; }

    public string Claimant => Claimed.Claimant;

    public string Respondent => Claimed.Respondent;

    public decimal ClaimedAmount => Claimed.Days.Sum(d => d.Amount);

    /// <summary>What the respondent agreed to repay: the days it accepted, at what the claimant was billed for them.</summary>
    public decimal AcceptedAmount => Claimed.Days.Where(d => Answer?.AcceptedDays.Contains(d.Date) == true).Sum(d => d.Amount);

    /// <summary>The claim, or null when nothing is recorded for it.</summary>
    public static RecoveryClaim? From(IEnumerable<object> events) => StreamFold.From<RecoveryClaim>(events);

    public static RecoveryClaim? Start(object first) => first is RecoveryClaimed claimed ? Of(claimed) : null;

    public static RecoveryClaim Of(RecoveryClaimed claimed) => new() { Id = claimed.ClaimId, Claimed = claimed, Version = 1 };

    public void Evolve(object recorded)
    {
        Version++;
        if (recorded is RecoveryAnswered answer)
        {
            Answer = answer;
        }
    }
}
