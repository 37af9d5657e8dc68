using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>
/// Either side records that the panel was appointed on <paramref name="AppointedOn"/> (and by whom it is made up); it
/// must recommend within 28 days of its appointment (2003 Regs reg 16(2)).
/// </summary>
public sealed record RecordPanelAppointment(LocalDate? AppointedOn, string? Members)
{
    public const int RecommendWithinDays = 28;

    public MoneyOutcome Decide(Guid disputeId, Dispute? dispute, DecisionContext context)
    {
        if (dispute is null)
        {
            return DisputeChecks.NotFound(disputeId);
        }

        var appointedOn = AppointedOn!.Value;
        if ((DisputeChecks.SentByASide(dispute, context) ?? Awaited(dispute) ?? DisputeChecks.Plausible("appointedOn", appointedOn, dispute, context)) is { } refused)
        {
            return refused;
        }

        if (appointedOn < dispute.PanelRequest!.AppliedOn)
        {
            return Refusal.RuleBroken(
                "appointed-before-application",
                "The panel cannot be appointed before it was applied for.",
                $"appointedOn {appointedOn:yyyy-MM-dd} is before the application of {dispute.PanelRequest.AppliedOn:yyyy-MM-dd}.");
        }

        return MoneyOutcome.Record(new StreamEvent(
            disputeId, new PanelAppointed(appointedOn, Members, appointedOn.PlusDays(RecommendWithinDays), context.Now)));
    }

    private static Refusal? Awaited(Dispute dispute) =>
        dispute.PanelRequest is null ? Refusal.OutOfSequence(
            "no-panel-requested",
            "No panel has been applied for.",
            "Apply for a panel first: POST /disputes/{id}/panel-referral.",
            "2003 Regs reg 14")
        : dispute.Panel is not null ? Refusal.OutOfSequence(
            "panel-already-appointed",
            "The panel has already been appointed.",
            $"It was appointed on {dispute.Panel.AppointedOn:yyyy-MM-dd}.",
            "2003 Regs reg 15")
        : null;
}
