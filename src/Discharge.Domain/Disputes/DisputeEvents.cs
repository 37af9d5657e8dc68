using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>A fact recorded in a dispute's stream: raised, answered, and any panel's course (2003 Regs regs 14–16).</summary>
#pragma warning disable CA1040 // A marker: the events share no members, only their place in a dispute's stream.
public interface IDisputeEvent;
#pragma warning restore CA1040

/// <summary>The grounds a council may dispute a charge on; <see cref="Other"/> needs its detail most.</summary>
public enum DisputeGrounds
{
    DefectiveNotice,
    NotOrdinarilyResident,
    NhsCauseOfDelay,
    PatientChoice,
    WrongRateOrArithmetic,
    Other,
}

/// <summary>How the NHS body answers a dispute: it gives up all the disputed days, some of them, or none.</summary>
public enum DisputeOutcome
{
    Accept,
    AcceptPart,
    Reject,
}

/// <summary>A day the council disputes: the statement line that billed it and what it was billed.</summary>
public sealed record DisputedDay(LocalDate Date, int Line, decimal Amount);

/// <summary>
/// The council disputed days of one episode on an issued statement. A disputed charge stays payable (rules.md §5.1):
/// the dispute changes what is owed only when days are given up, by an adjustment on a later statement.
/// </summary>
public sealed record DisputeRaised(
    Guid DisputeId,
    Guid StatementId,
    string NhsBody,
    string Council,
    BillingMonth Month,
    Guid EpisodeId,
    string PatientReference,
    Regime Regime,
    DisputeGrounds Grounds,
    string Detail,
    IReadOnlyList<DisputedDay> Days,
    Instant RaisedAt) : IDisputeEvent;

/// <summary>The NHS body's answer; <paramref name="AcceptedDays"/> are the days it gives up (all of them for an acceptance).</summary>
public sealed record DisputeAnswered(DisputeOutcome Outcome, string? Reason, IReadOnlyList<LocalDate> AcceptedDays, Instant AnsweredAt) : IDisputeEvent;

/// <summary>
/// A party applied to the Strategic Health Authority for a panel (2003 Regs reg 14(1)) on <paramref name="AppliedOn"/>;
/// the authority must appoint it by <paramref name="AppointBy"/>, 7 days later (reg 15).
/// </summary>
public sealed record PanelRequested(string RequestedBy, LocalDate AppliedOn, LocalDate AppointBy, Instant RecordedAt) : IDisputeEvent;

/// <summary>The panel was appointed on <paramref name="AppointedOn"/>; it must recommend by <paramref name="RecommendBy"/>, 28 days later (reg 16).</summary>
public sealed record PanelAppointed(LocalDate AppointedOn, string? Members, LocalDate RecommendBy, Instant RecordedAt) : IDisputeEvent;

/// <summary>The end of <paramref name="AppointBy"/> passed with no panel appointed (reg 15: within 7 days).</summary>
public sealed record PanelAppointmentOverdue(LocalDate AppointBy) : IDisputeEvent;

/// <summary>The end of <paramref name="RecommendBy"/> passed with no recommendation (reg 16: within 28 days of appointment).</summary>
public sealed record PanelRecommendationOverdue(LocalDate RecommendBy) : IDisputeEvent;

/// <summary>The panel recommended (reg 16: not binding); <paramref name="ConcededDays"/> are the days it says the NHS body should give up.</summary>
public sealed record PanelRecommended(LocalDate RecommendedOn, string Recommendation, IReadOnlyList<LocalDate> ConcededDays, Instant RecordedAt) : IDisputeEvent;

/// <summary>One side said whether it accepts the panel's recommendation; once both accept, its days are given up.</summary>
public sealed record RecommendationAnswered(string Party, bool Accepted, Instant AnsweredAt) : IDisputeEvent;
