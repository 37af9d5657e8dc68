using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Server.Statements;

/// <summary>
/// A statement as its parties read it: the lines billed, the adjustments it carries, the Care Act days not billed, the
/// payments and disputes against it, and the corrections pending for its days (carried by the NHS body's next statement).
/// </summary>
public sealed record StatementAnswer(
    Guid Id,
    string NhsBody,
    string Council,
    BillingMonth Month,
    Instant IssuedAt,
    IReadOnlyList<StatementLine> Lines,
    IReadOnlyList<AdjustmentLine> Adjustments,
    IReadOnlyList<NotBilledLine> NotBilled,
    decimal Charges,
    decimal AdjustmentTotal,
    decimal Total,
    IReadOnlyList<PaymentRecorded> Payments,
    decimal Paid,
    decimal Outstanding,
    IReadOnlyList<DisputeLodged> Disputes,
    IReadOnlyList<AdjustmentLine> PendingAdjustments)
{
    /// <summary>Every episode whose patient the statement names.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<Guid> EpisodeIds =>
        Lines.Select(l => l.EpisodeId).Concat(Adjustments.Select(a => a.EpisodeId)).Concat(NotBilled.Select(n => n.EpisodeId)).Concat(PendingAdjustments.Select(a => a.EpisodeId));

    public static StatementAnswer From(Statement statement, IReadOnlyList<AdjustmentLine> pending) => new(
        statement.Id,
        statement.NhsBody,
        statement.Council,
        statement.Month,
        statement.Issued.IssuedAt,
        statement.Issued.Lines,
        statement.Issued.Adjustments,
        statement.Issued.NotBilled,
        statement.Issued.Lines.Sum(l => l.Amount),
        statement.Issued.Adjustments.Sum(a => a.Amount),
        statement.Issued.Total,
        statement.Payments,
        statement.Paid,
        statement.Outstanding,
        statement.Disputes,
        pending);
}
