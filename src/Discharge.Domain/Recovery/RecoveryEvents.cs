using Discharge.Domain.Disputes;
using NodaTime;

namespace Discharge.Domain.Recovery;

/// <summary>A fact recorded in a recovery claim's stream: the claim between two councils, and the answer to it.</summary>
#pragma warning disable CA1040 // A marker: the events share no members, only their place in a claim's stream.
public interface IRecoveryEvent;
#pragma warning restore CA1040

/// <summary>A day the claiming council was billed for, and what it was billed net of corrections on later statements.</summary>
public sealed record ClaimedDay(LocalDate Date, Guid StatementId, int Line, decimal Amount);

/// <summary>
/// The council first notified (<paramref name="Claimant"/>) claims from the council that took over responsibility
/// (<paramref name="Respondent"/>) what it was billed for the episode's days before the switch (2003 Regs reg 18(4);
/// 2014 Regs reg 12; rules.md §3.4, A7).
/// </summary>
public sealed record RecoveryClaimed(
    Guid ClaimId,
    Guid EpisodeId,
    string NhsBody,
    string Claimant,
    string Respondent,
    LocalDate TransferredOn,
    IReadOnlyList<ClaimedDay> Days,
    string? Detail,
    Instant ClaimedAt) : IRecoveryEvent;

/// <summary>The respondent's answer; <paramref name="AcceptedDays"/> are the days it agrees to repay.</summary>
public sealed record RecoveryAnswered(DisputeOutcome Outcome, string? Reason, IReadOnlyList<LocalDate> AcceptedDays, Instant AnsweredAt) : IRecoveryEvent;
