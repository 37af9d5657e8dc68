using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>
/// Either side takes an unresolved 2003-Act dispute to a panel: it applied to the Strategic Health Authority on
/// <paramref name="AppliedOn"/> (today when not given), which must appoint the panel within 7 days (2003 Regs regs
/// 14–15). The Care Act has no statutory panels (rules.md §5.2).
/// </summary>
public sealed record RequestPanel(LocalDate? AppliedOn)
{
    public const int AppointWithinDays = 7;

    public MoneyOutcome Decide(Guid disputeId, Dispute? dispute, DecisionContext context)
    {
        if (dispute is null)
        {
            return DisputeChecks.NotFound(disputeId);
        }

        var appliedOn = AppliedOn ?? context.Today;
        if ((DisputeChecks.SentByASide(dispute, context) ?? PanelAvailable(dispute) ?? DisputeChecks.Plausible("appliedOn", appliedOn, dispute, context)) is { } refused)
        {
            return refused;
        }

        return MoneyOutcome.Record(new StreamEvent(
            disputeId, new PanelRequested(context.Sender, appliedOn, appliedOn.PlusDays(AppointWithinDays), context.Now)));
    }

    private static Refusal? PanelAvailable(Dispute dispute) =>
        dispute.Raised.Regime != Regime.Act2003 ? Refusal.RuleBroken(
            "panel-not-available",
            "Only 2003-Act disputes go to a panel.",
            "Dispute panels were appointed by Strategic Health Authorities under the 2003 Act (regs 12–16); the Care Act 2014 regime has none (docs/rules.md#9-disputes).",
            "2003 Regs reg 14; docs/rules.md#9-disputes")
        : dispute.Resolved ? Refusal.OutOfSequence(
            "dispute-resolved",
            "Every disputed day has been given up.",
            "Nothing is left in dispute to take to a panel.",
            "docs/rules.md#9-disputes")
        : dispute.PanelRequest is not null ? Refusal.OutOfSequence(
            "panel-already-requested",
            "A panel has already been applied for.",
            $"{dispute.PanelRequest.RequestedBy} applied on {dispute.PanelRequest.AppliedOn:yyyy-MM-dd}.",
            "2003 Regs reg 14")
        : null;
}
