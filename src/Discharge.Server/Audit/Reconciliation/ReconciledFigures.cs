using Discharge.Domain.Statements;

namespace Discharge.Server.Audit.Reconciliation;

/// <summary>Days and pounds: one side of a reconciliation.</summary>
public readonly record struct DaysAndAmount(int Days, decimal Amount)
{
    public static DaysAndAmount operator +(DaysAndAmount left, DaysAndAmount right) => new(left.Days + right.Days, left.Amount + right.Amount);

    public static DaysAndAmount operator -(DaysAndAmount left, DaysAndAmount right) => new(left.Days - right.Days, left.Amount - right.Amount);
}

/// <summary>
/// What was billed, net of the adjustments later statements carried, against what the other rule set charges for the same
/// days; <see cref="Difference"/> is the other rule set's figure less the billed one (negative: the council was billed more).
/// </summary>
public abstract record ReconciledFigures(DaysAndAmount Billed, DaysAndAmount Other)
{
    public DaysAndAmount Difference => Other - Billed;
}

/// <summary>
/// One episode's days on one statement (a council, an NHS body, a month) under the other rule set: <paramref name="ChangedDays"/>
/// counts the days it charges differently, so that days that moved show even when the totals match.
/// </summary>
public sealed record EpisodeDifference(
    string Council, string NhsBody, BillingMonth Month, Guid EpisodeId, DaysAndAmount Billed, DaysAndAmount Other, int ChangedDays)
    : ReconciledFigures(Billed, Other);

/// <summary>
/// The sum over every episode compared (alike or not) of one statement, council, NHS body or month, or of the whole run:
/// the keys that do not apply are null.
/// </summary>
public sealed record ReconciliationTotal(string? Council, string? NhsBody, BillingMonth? Month, DaysAndAmount Billed, DaysAndAmount Other)
    : ReconciledFigures(Billed, Other);
