using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>
/// The NHS body requires the council to pay for the episode's delayed days (Care Act 2014 regime only: payment is
/// discretionary there, §3.2, A12). May come after discharge: billing follows the delay.
/// </summary>
public sealed record RequirePayment(Instant? DeliveredAt)
{
    /// <summary>The NHS body of an episode with a Care Act notice requires payment; after departure too.</summary>
    public Outcome Decide(Episode episode, DecisionContext context) =>
        EpisodeChecks.Exists(episode)
        ?? EpisodeChecks.SentBy(Party.NhsBody, episode, context)
        ?? CareActNoticeGiven(episode, context.Rules)
        ?? Outcome.Record(new PaymentRequired(DeliveredAt ?? context.Now));

    private static Refusal? CareActNoticeGiven(Episode episode, DischargeRules rules) =>
        episode.AssessmentNoticesDeliveredAt.Any(at => rules.RegimeOfNotice(at) == Regime.CareAct2014)
            ? null
            : Refusal.RuleBroken(
                "payment-requirement-not-available",
                "Only Care Act 2014 episodes have payment requirements.",
                "Under the 2003 Act liability is mandatory and needs no demand (docs/rules.md#chargeable-2003); under the Care Act the NHS body may require payment (docs/rules.md#chargeable-2014).",
                "docs/rules.md#chargeable-2014");
}
