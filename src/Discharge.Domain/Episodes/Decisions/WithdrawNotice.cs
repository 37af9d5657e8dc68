using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

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
public sealed record WithdrawNotice(Withdrawal? Notice, string? ReasonCode, string? Reason, Instant? DeliveredAt)
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

    /// <summary>The hospital withdraws a notice in force on an open episode, no earlier than it was delivered.</summary>
    public Outcome Decide(Episode episode, DecisionContext context)
    {
        var at = DeliveredAt ?? context.Now;
        return EpisodeChecks.Open(episode)
            ?? EpisodeChecks.SentBy(Party.NhsBody, episode, context)
            ?? InForce(episode, at)
            ?? Outcome.Record(Notice == Withdrawal.Discharge ? new DischargeNoticeWithdrawn(at, RecordedReason) : new AssessmentNoticeWithdrawn(at, RecordedReason));
    }

    /// <summary>The reason as recorded: its code, the code's meaning, and any text the hospital added.</summary>
    public string RecordedReason => $"{ReasonCode} {ReasonCodes[ReasonCode!]}{(Reason is { } text ? ": " + text : "")}";

    private Refusal? InForce(Episode episode, Instant at)
    {
        var missing = Notice switch
        {
            Withdrawal.Assessment when episode.AssessmentNotice is null => "assessment notice",
            Withdrawal.Discharge when episode.DischargeNotice is null => "discharge notice",
            Withdrawal.Both when episode.AssessmentNotice is null || episode.DischargeNotice is null => "assessment and discharge notices",
            _ => null,
        };
        var latest = episode.DischargeNotice?.DeliveredAt ?? episode.AssessmentNotice?.DeliveredAt;
        return missing is not null ? Refusal.OutOfSequence(
                "notice-not-in-force",
                "There is no such notice in force to withdraw.",
                $"The episode has no {missing} in force.",
                "2003 regs 4(4), 5(4); 2014 regs 4, 7")
            : at < latest ? Refusal.OutOfSequence(
                "withdrawal-before-notice",
                "The withdrawal is dated before the notice it withdraws.",
                $"The notice was delivered at {latest}.")
            : null;
    }
}
