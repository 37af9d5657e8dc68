namespace Discharge.Domain.Statements;

/// <summary>
/// A day the NHS body gave up in a dispute (its answer, or a panel's recommendation both sides accepted): it is owed
/// nothing for the day, whatever the rules engine computes, and a later statement credits what was billed for it.
/// </summary>
public sealed record Concession(Guid StatementId, EpisodeDay Day, Guid DisputeId, AdjustmentReason Reason);
