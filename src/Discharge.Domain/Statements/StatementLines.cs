using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Statements;

/// <summary>
/// Consecutive chargeable days of one episode in the billed month that the rules engine decided alike (the same delay
/// period, rule and daily rate), as billed: every pound is a day, a rate and the rule that charged it.
/// <paramref name="Until"/> is inclusive.
/// </summary>
public sealed record StatementLine(
    int Number,
    Guid EpisodeId,
    string PatientReference,
    LocalDate RelevantDay,
    Regime Regime,
    LocalDate From,
    LocalDate Until,
    int Days,
    decimal Rate,
    decimal Amount,
    string Rule,
    string Citation,
    string RuleSet)
{
    public bool Covers(LocalDate day) => From <= day && day <= Until;
}

/// <summary>Why an earlier statement's days are corrected.</summary>
public enum AdjustmentReason
{
    /// <summary>The rules engine now decides the days differently: a fact recorded late, or a corrected rule.</summary>
    Recalculated,

    /// <summary>The NHS body accepted the council's dispute of the days.</summary>
    DisputeAccepted,

    /// <summary>Both sides accepted a dispute panel's recommendation on the days (2003 Regs reg 16).</summary>
    PanelRecommendation,
}

/// <summary>
/// A correction, on a later statement, of days an earlier statement billed (or should have billed): each day moves by
/// <paramref name="DailyAmount"/>, negative when the council is credited. <paramref name="CorrectsLine"/> is the line
/// that billed the days, null for days the earlier statement did not bill.
/// </summary>
public sealed record AdjustmentLine(
    int Number,
    Guid EpisodeId,
    string PatientReference,
    Guid CorrectsStatement,
    BillingMonth CorrectsMonth,
    int? CorrectsLine,
    LocalDate From,
    LocalDate Until,
    int Days,
    decimal DailyAmount,
    decimal Amount,
    AdjustmentReason Reason,
    Guid? Dispute);

/// <summary>
/// Care Act days the NHS body could require payment for but has not (A12): listed on the statement so that the council
/// sees them, and not billed.
/// </summary>
public sealed record NotBilledLine(
    Guid EpisodeId,
    string PatientReference,
    LocalDate RelevantDay,
    LocalDate From,
    LocalDate Until,
    int Days,
    decimal Rate,
    decimal Amount,
    string Rule,
    string RuleSet);
