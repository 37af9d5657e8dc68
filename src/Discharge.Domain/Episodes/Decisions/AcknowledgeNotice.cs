using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>
/// The council acknowledges a notice, accepting or rejecting it (the notice-receipt data set, SCCI2075). A
/// rejection is a dispute flag: it never cancels the notice or moves the day it counts as given (§1.5).
/// </summary>
public sealed record AcknowledgeNotice(NoticeKind? Notice, NoticeResponse? Response, string? Reason, Instant? At)
{
    /// <summary>The council acknowledges a notice in force, no earlier than it was delivered; after departure too.</summary>
    public Outcome Decide(Episode episode, DecisionContext context)
    {
        var at = At ?? context.Now;
        return EpisodeChecks.Exists(episode)
            ?? EpisodeChecks.SentBy(Party.Council, episode, context)
            ?? NoticeGiven(episode, at)
            ?? Outcome.Record(new NoticeAcknowledged(at, Notice!.Value, Response!.Value, Reason));
    }

    /// <summary>Only a notice in force can be acknowledged, and not before it was delivered.</summary>
    private Refusal? NoticeGiven(Episode episode, Instant at)
    {
        Instant? delivered = Notice == NoticeKind.Discharge ? episode.DischargeNotice?.DeliveredAt : episode.AssessmentNotice?.DeliveredAt;
        var name = Notice == NoticeKind.Discharge ? "discharge notice" : "assessment notice";
        return delivered is not { } given ? Refusal.OutOfSequence(
                "notice-not-in-force", $"There is no {name} in force to acknowledge.", "Acknowledge a notice once it has been given.", "docs/rules.md §1.5")
            : at < given ? Refusal.RuleBroken(
                "acknowledged-before-given", $"The {name} cannot be acknowledged before it was delivered.", $"It was delivered at {given}.", "docs/rules.md §1.5")
            : null;
    }
}
