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

/// <summary>The acknowledgement of a withdrawal: which notice, when, and the reason as recorded (code and meaning).</summary>
public sealed record RecordedWithdrawal(Guid EpisodeId, Withdrawal Withdrawn, Instant DeliveredAt, string Reason);

public static class WithdrawNoticeEndpoint
{
    public static ProblemDetails Validate(WithdrawNotice? command, IClock clock)
    {
        var errors = FieldErrors.For(command)
            .Require("notice", command?.Notice)
            .Require("reasonCode", command?.ReasonCode)
            .NotInFuture("deliveredAt", command?.DeliveredAt, clock);
        if (command?.ReasonCode is { } code && !WithdrawNotice.ReasonCodes.ContainsKey(code))
        {
            errors.Add("reasonCode", "One of the codes 01 to 13 of the notice data standard.");
        }

        if (command?.ReasonCode == "13" && string.IsNullOrWhiteSpace(command.Reason))
        {
            errors.Add("reason", "Required with reason code 13 (other).");
        }

        return errors.ToProblem();
    }

    [WolverinePost("/episodes/{episodeId}/withdrawal")]
    [EndpointSummary("Withdraw a notice")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedWithdrawal>> Post(Guid episodeId, WithdrawNotice command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedWithdrawal>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => new RecordedWithdrawal(episodeId, command.Notice!.Value, command.DeliveredAt ?? history.Now, command.RecordedReason)));
}
