using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement of a withdrawal: which notice, when, and the reason as recorded (code and meaning).</summary>
public sealed record RecordedWithdrawal(Guid EpisodeId, Withdrawal Withdrawn, Instant DeliveredAt, string Reason);

/// <summary>Which notices a withdrawal covers (withdrawal types 1–3 of the notice data standard [S41]).</summary>
public enum Withdrawal
{
    Assessment,
    Discharge,
    Both,
}

/// <summary>
/// The hospital withdraws a notice (2003 regs 4(4), 5(4); 2014 regs 4, 7) with a reason code 01–13 of the
/// national data standard. Withdrawing the assessment notice withdraws the discharge notice with it.
/// </summary>
public sealed record WithdrawNotice(Withdrawal? Notice, string? ReasonCode, string? Reason, Instant? DeliveredAt);

public static class WithdrawNoticeEndpoint
{
    /// <summary>The withdrawal reason codes of the notice data standard (ADW-WithdrawalReason-1, rules.md §1.2).</summary>
    public static readonly IReadOnlyDictionary<string, string> ReasonCodes = new Dictionary<string, string>
    {
        ["01"] = "Safe to discharge without a needs assessment",
        ["02"] = "Eligible for NHS Continuing Health Care",
        ["03"] = "Proposed care package inadequate",
        ["04"] = "Proposed treatment cancelled or postponed",
        ["05"] = "Patient refused a needs assessment",
        ["06"] = "Patient resident in another local authority",
        ["07"] = "Condition deteriorated",
        ["08"] = "Patient died",
        ["09"] = "Transferred to intermediate care",
        ["10"] = "Self-discharged",
        ["11"] = "Making own arrangements",
        ["12"] = "Notice sent in error",
        ["13"] = "Other",
    };

    public static ProblemDetails Validate(WithdrawNotice? command, IClock clock)
    {
        var errors = FieldErrors.For(command)
            .Require("notice", command?.Notice)
            .Require("reasonCode", command?.ReasonCode)
            .NotInFuture("deliveredAt", command?.DeliveredAt, clock);
        if (command?.ReasonCode is { } code && !ReasonCodes.ContainsKey(code))
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
    public static Task<CommandAnswer<RecordedWithdrawal>> Post(Guid episodeId, WithdrawNotice command, HttpContext http, EpisodeCommandExecutor executor) =>
        executor.ExecuteAsync<RecordedWithdrawal>(http, episodeId, command, history => Decide(command, history));

    public static Decision Decide(WithdrawNotice command, EpisodeHistory history)
    {
        var state = Episode.From(history.EpisodeId, history.Events);
        var at = command.DeliveredAt ?? history.Now;
        var problem = EpisodeChecks.Open(history.EpisodeId, state)
            ?? EpisodeChecks.SentBy(Party.NhsBody, state, history.Origin)
            ?? InForce(command.Notice!.Value, state, at);
        if (problem is not null)
        {
            return Decision.Refuse(problem);
        }

        var reason = $"{command.ReasonCode} {ReasonCodes[command.ReasonCode!]}{(command.Reason is { } text ? ": " + text : "")}";
        object withdrawal = command.Notice == Withdrawal.Discharge
            ? new DischargeNoticeWithdrawn(at, reason)
            : new AssessmentNoticeWithdrawn(at, reason);
        return Decision.Append(new RecordedWithdrawal(history.EpisodeId, command.Notice!.Value, at, reason), withdrawal);
    }

    private static ProblemDetails? InForce(Withdrawal notice, Episode state, Instant at)
    {
        var missing = notice switch
        {
            Withdrawal.Assessment when state.AssessmentNotice is null => "assessment notice",
            Withdrawal.Discharge when state.DischargeNotice is null => "discharge notice",
            Withdrawal.Both when state.AssessmentNotice is null || state.DischargeNotice is null => "assessment and discharge notices",
            _ => null,
        };
        var latest = state.DischargeNotice?.DeliveredAt ?? state.AssessmentNotice?.DeliveredAt;
        return missing is not null ? DischargeProblems.OutOfSequence(
                "notice-not-in-force",
                "There is no such notice in force to withdraw.",
                $"The episode has no {missing} in force.")
            : at < latest ? DischargeProblems.OutOfSequence(
                "withdrawal-before-notice",
                "The withdrawal is dated before the notice it withdraws.",
                $"The notice was delivered at {latest}.")
            : null;
    }
}
