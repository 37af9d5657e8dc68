using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>Which of a panel's statutory deadlines a scheduled check looks at.</summary>
public enum PanelStep
{
    /// <summary>The Strategic Health Authority appoints the panel within 7 days of the application (2003 Regs reg 15).</summary>
    Appointment,

    /// <summary>The panel recommends within 28 days of its appointment (2003 Regs reg 16).</summary>
    Recommendation,
}

/// <summary>
/// At the end of a deadline's day, flags the step as overdue if it has not happened: a scheduled check, so that the
/// dispute says so without anyone asking.
/// </summary>
public sealed record PanelDeadline(Guid DisputeId, PanelStep Step, LocalDate Due)
{
    /// <summary>The first instant after the deadline's day, in London.</summary>
    public Instant DueAt(DateTimeZone zone) => zone.AtStartOfDay(Due.PlusDays(1)).ToInstant();

    /// <summary>The overdue flag, or nothing when the step happened (or the dispute moved on) in time.</summary>
    public MoneyOutcome Decide(Dispute dispute) => Step switch
    {
        PanelStep.Appointment when dispute is { Panel: null, AppointmentOverdue: false } && dispute.PanelRequest?.AppointBy == Due =>
            MoneyOutcome.Record(new StreamEvent(DisputeId, new PanelAppointmentOverdue(Due))),
        PanelStep.Recommendation when dispute is { Recommendation: null, RecommendationOverdue: false } && dispute.Panel?.RecommendBy == Due =>
            MoneyOutcome.Record(new StreamEvent(DisputeId, new PanelRecommendationOverdue(Due))),
        _ => MoneyOutcome.Record(),
    };
}
