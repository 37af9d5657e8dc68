using NodaTime;

namespace Discharge.Domain.Statements;

/// <summary>A fact recorded in a statement's stream: its issue, then payments and disputes against it.</summary>
#pragma warning disable CA1040 // A marker: the events share no members, only their place in a statement's stream.
public interface IStatementEvent;
#pragma warning restore CA1040

/// <summary>
/// <paramref name="NhsBody"/> billed <paramref name="Council"/> for <paramref name="Month"/>: the month's chargeable days
/// by episode, corrections of earlier statements, and Care Act days not billed. Immutable once recorded: later changes
/// are adjustments on a later statement.
/// </summary>
public sealed record StatementIssued(
    Guid StatementId,
    string NhsBody,
    string Council,
    BillingMonth Month,
    Instant IssuedAt,
    IReadOnlyList<StatementLine> Lines,
    IReadOnlyList<AdjustmentLine> Adjustments,
    IReadOnlyList<NotBilledLine> NotBilled,
    decimal Total) : IStatementEvent;

/// <summary>The council paid <paramref name="Amount"/> pounds against the statement on <paramref name="PaidOn"/>.</summary>
public sealed record PaymentRecorded(decimal Amount, LocalDate PaidOn, string? Reference, Instant RecordedAt) : IStatementEvent;

/// <summary>
/// The council disputed days of one episode on the statement (the dispute's own stream holds its course). Recorded on the
/// statement too, so that two disputes of the same days cannot both be lodged.
/// </summary>
public sealed record DisputeLodged(Guid DisputeId, Guid EpisodeId, IReadOnlyList<LocalDate> Days) : IStatementEvent;
