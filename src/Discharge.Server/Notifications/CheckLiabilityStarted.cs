using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Server.Audit.Chain;
using Discharge.Server.Commands;
using Discharge.Server.Liability;
using Marten;
using NodaTime;
using Wolverine.Runtime.Handlers;

namespace Discharge.Server.Notifications;

/// <summary>Scheduled for the start of the day after a relevant day: has liability started?</summary>
public sealed record CheckLiabilityStarted(Guid EpisodeId, LocalDate RelevantDay)
{
    /// <summary>When the relevant day has ended in the rules' zone, and the check is due.</summary>
    public Instant DueAt(DischargeRules rules) => rules.StartOf(RelevantDay.PlusDays(1));
}

/// <summary>Tells the council that it is liable from <paramref name="FirstDay"/> for the episode.</summary>
public sealed record LiabilityStartedNotice(Guid EpisodeId, string Council, string NhsBody, LocalDate RelevantDay, LocalDate FirstDay);

public static class CheckLiabilityStartedHandler
{
    /// <summary>
    /// A command appended to the episode after the check read it (a departure, say) fails the check's append. The
    /// retry reads the history again and decides on it, so a patient who left in time is never reported liable.
    /// </summary>
    public static void Configure(HandlerChain chain) => chain.RetryLostRaces();

    /// <summary>
    /// When the relevant day ended with the patient still in hospital and the council the only cause, record that
    /// liability started and notify the council (through the outbox, in the same transaction). Runs at most once
    /// per relevant day: a repeat finds the event already recorded.
    /// </summary>
    public static async Task<LiabilityStartedNotice?> Handle(CheckLiabilityStarted message, IDocumentSession session, DischargeRules rules, IClock clock)
    {
        var stream = await session.Events.FetchStreamAsync(message.EpisodeId);
        session.ReadStream(message.EpisodeId, stream);
        var episode = Episode.From(message.EpisodeId, stream.Select(e => e.Data));
        if (LiabilityStartCheck.Decide(episode, message.RelevantDay, rules) is not { } decided)
        {
            return null;
        }

        // No sender: the service records this itself. Stamped by the service's clock, as commands are, so that a read
        // of what was known at an instant places it beside them.
        CommandRecording.StampReceivedAt(session, clock.GetCurrentInstant());
        // At the version decided on: a command recorded since the read makes this append fail, and the check run again.
        session.Events.Append(message.EpisodeId, stream[^1].Version + 1, decided.Started);
        return decided.Notice;
    }
}
