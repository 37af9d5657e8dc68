using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement that payment was required, and when.</summary>
public sealed record RecordedPaymentRequirement(Guid EpisodeId, Instant PaymentRequiredAt);

/// <summary>
/// The NHS body requires the council to pay for the episode's delayed days (Care Act 2014 regime only: payment is
/// discretionary there, §3.2, A12). May come after discharge: billing follows the delay.
/// </summary>
public sealed record RequirePayment(Instant? DeliveredAt);

public static class RequirePaymentEndpoint
{
    public static ProblemDetails Validate(RequirePayment? command, IClock clock) =>
        FieldErrors.For(command).NotInFuture("deliveredAt", command?.DeliveredAt, clock).ToProblem();

    [WolverinePost("/episodes/{episodeId}/payment-requirement")]
    public static Task<CommandAnswer<RecordedPaymentRequirement>> Post(Guid episodeId, RequirePayment command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedPaymentRequirement>(http, episodeId, command, history =>
        {
            var state = Episode.From(history.EpisodeId, history.Events);
            var at = command.DeliveredAt ?? history.Now;
            var problem = (state.Exists ? null : EpisodeChecks.NotFound(episodeId))
                ?? EpisodeChecks.SentBy(Party.NhsBody, state, history.Origin)
                ?? CareActNoticeGiven(state, rules);
            return problem is not null
                ? Decision.Refuse(problem)
                : Decision.Append(new RecordedPaymentRequirement(episodeId, at), new PaymentRequired(at));
        });

    private static ProblemDetails? CareActNoticeGiven(Episode state, DischargeRules rules) =>
        state.AssessmentNoticesDeliveredAt.Any(at => rules.Timeline.RegimeOn(rules.Timing.DayGiven(at)) == Regime.CareAct2014)
            ? null
            : DischargeProblems.RuleBroken(
                "payment-requirement-not-available",
                "Only Care Act 2014 episodes have payment requirements.",
                "Under the 2003 Act liability is mandatory and needs no demand (docs/rules.md#chargeable-2003); under the Care Act the NHS body may require payment (docs/rules.md#chargeable-2014).");
}
