using Marten;
using NodaTime;

namespace Discharge.Server.Notifications;

public static class DeliverLiabilityStartedNoticeHandler
{
    /// <summary>Files the notice in the council's notifications, once per episode and relevant day.</summary>
    public static void Handle(LiabilityStartedNotice notice, IDocumentSession session, IClock clock) =>
        session.Store(Filed(notice, clock.GetCurrentInstant()));

    /// <summary>The notification the notice files, recorded at <paramref name="recordedAt"/>.</summary>
    public static CouncilNotification Filed(LiabilityStartedNotice notice, Instant recordedAt) => new()
    {
        // Derived from what it says, so a redelivered notice overwrites itself instead of repeating.
        Id = $"{notice.EpisodeId}/{notice.RelevantDay:yyyy-MM-dd}",
        Council = notice.Council,
        EpisodeId = notice.EpisodeId,
        NhsBody = notice.NhsBody,
        RelevantDay = notice.RelevantDay,
        LiableFrom = notice.FirstDay,
        RecordedAt = recordedAt,
    };
}
