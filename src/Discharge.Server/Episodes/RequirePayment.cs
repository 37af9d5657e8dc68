using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement that payment was required, and when.</summary>
public sealed record RecordedPaymentRequirement(Guid EpisodeId, Instant PaymentRequiredAt);

public static class RequirePaymentEndpoint
{
    public static ProblemDetails Validate(RequirePayment? command, IClock clock) =>
        FieldErrors.For(command).NotInFuture("deliveredAt", command?.DeliveredAt, clock).ToProblem();

    [WolverinePost("/episodes/{episodeId}/payment-requirement")]
    [EndpointSummary("Require payment (Care Act 2014)")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedPaymentRequirement>> Post(Guid episodeId, RequirePayment command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedPaymentRequirement>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => new RecordedPaymentRequirement(episodeId, command.DeliveredAt ?? history.Now)));
}
