using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Liability;
using Discharge.Server.Notifications;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

public static class GiveDischargeNoticeEndpoint
{
    public static ProblemDetails Validate(GiveDischargeNotice? command, IClock clock, DischargeRules rules)
    {
        var errors = FieldErrors.For(command)
            .Require("proposedDischargeDate", command?.ProposedDischargeDate)
            .NotInFuture("deliveredAt", command?.DeliveredAt, clock);

        // A refused body hears of every field at fault at once, the statutory contents too, not one round at a time.
        if (command is not null && errors.Any)
        {
            command.AddMissingContents(errors.Faults, rules.RegimeOfNotice(command.DeliveredAt ?? clock.GetCurrentInstant()));
        }

        return errors.ToProblem();
    }

    [WolverinePost("/episodes/{episodeId}/discharge-notice")]
    [EndpointSummary("Give a discharge notice")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<NoticeReceipt>> Post(
        Guid episodeId, GiveDischargeNotice command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<NoticeReceipt>(http, episodeId, command, history => Decide(command, history, rules));

    /// <summary>The domain's decision, answered with the relevant day the notice makes, and the check at its end scheduled.</summary>
    private static Decision Decide(GiveDischargeNotice command, EpisodeHistory history, DischargeRules rules)
    {
        var episode = history.Episode();
        var outcome = command.Decide(episode, history.Context(rules));
        if (outcome.Refusal is { } refusal)
        {
            return Decision.Refuse(refusal);
        }

        var notice = (DischargeNoticeGiven)outcome.Events.Single();
        episode.Evolve(notice);
        // As of the day it counts as given: no recorded notice or withdrawal is dated later (the decision's sequence rules).
        var relevantDay = LiabilityStartCheck.RelevantDayOf(episode, notice, rules);
        var check = new CheckLiabilityStarted(history.EpisodeId, relevantDay);
        return ((Appended)Decision.Append(NoticeReceipt.For(history.EpisodeId, notice.DeliveredAt, rules, relevantDay), notice))
            .Schedule(check, check.DueAt(rules));
    }
}
