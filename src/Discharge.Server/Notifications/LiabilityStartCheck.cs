using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Server.Liability;
using NodaTime;

namespace Discharge.Server.Notifications;

/// <summary>
/// What the check at the end of a relevant day decides, on the episode as it then stands: whether liability started,
/// the event that records it and the council's notice. One decision for the scheduled check and for a history loaded in
/// bulk, whose checks are long due and are derived in place rather than scheduled.
/// </summary>
public static class LiabilityStartCheck
{
    /// <summary>
    /// When the relevant day ended with the patient still in hospital and the council the only cause: the event and the
    /// notice. Null otherwise, and when liability was already recorded as started after that day.
    /// </summary>
    public static (LiabilityStarted Started, LiabilityStartedNotice Notice)? Decide(Episode episode, LocalDate relevantDay, DischargeRules rules)
    {
        if (episode.LiabilityStartedAfter(relevantDay))
        {
            return null;
        }

        var firstDay = relevantDay.PlusDays(1);
        var liability = EpisodeLiabilityReader.Compute(episode, rules, asOf: firstDay);
        // Days are structs: without the cast, "no such day" (the patient left, the notice was withdrawn) would read as
        // a default day, whose status is the first one, Chargeable.
        var day = liability?.Days.Where(d => d.Date == firstDay && liability.Periods[d.Period].RelevantDay == relevantDay)
            .Cast<LiabilityDay?>().FirstOrDefault();
        return liability is null || day is not { Status: DayStatus.Chargeable or DayStatus.Potential } started
            ? null
            : (new LiabilityStarted(relevantDay, firstDay, started.Council),
                new LiabilityStartedNotice(episode.Id, started.Council, liability.Episode.NhsBody, relevantDay, firstDay));
    }

    /// <summary>The relevant day a discharge notice just recorded makes: as of the day it counts as given.</summary>
    public static LocalDate RelevantDayOf(Episode episode, DischargeNoticeGiven notice, DischargeRules rules) =>
        EpisodeLiabilityReader.Compute(episode, rules, asOf: rules.Timing.DayGiven(notice.DeliveredAt))!.Periods[^1].RelevantDay;
}
