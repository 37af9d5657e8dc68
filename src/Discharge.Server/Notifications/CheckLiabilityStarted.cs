using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Server.Liability;
using Discharge.Server.Rules;
using Marten;
using NodaTime;

namespace Discharge.Server.Notifications;

/// <summary>Scheduled for the start of the day after a relevant day: has liability started?</summary>
public sealed record CheckLiabilityStarted(Guid EpisodeId, LocalDate RelevantDay);

/// <summary>Tells the council that it is liable from <paramref name="FirstDay"/> for the episode.</summary>
public sealed record LiabilityStartedNotice(Guid EpisodeId, string Council, string NhsBody, LocalDate RelevantDay, LocalDate FirstDay);

public static class CheckLiabilityStartedHandler
{
    /// <summary>
    /// When the relevant day ended with the patient still in hospital and the council the only cause, record that
    /// liability started and notify the council (through the outbox, in the same transaction). Runs at most once
    /// per relevant day: a repeat finds the event already recorded.
    /// </summary>
    public static async Task<LiabilityStartedNotice?> Handle(CheckLiabilityStarted message, IDocumentSession session, DischargeRules rules)
    {
        var history = (await session.Events.FetchStreamAsync(message.EpisodeId)).Select(e => e.Data).ToList();
        if (history.OfType<LiabilityStarted>().Any(s => s.RelevantDay == message.RelevantDay))
        {
            return null;
        }

        var firstDay = message.RelevantDay.PlusDays(1);
        var liability = EpisodeLiabilityReader.Compute(history, rules, asOf: firstDay);
        // Days are structs: without the cast, "no such day" (the patient left, the notice was withdrawn) would read as
        // a default day, whose status is the first one, Chargeable.
        var day = liability?.Days.Where(d => d.Date == firstDay && liability.Periods[d.Period].RelevantDay == message.RelevantDay)
            .Cast<LiabilityDay?>().FirstOrDefault();
        if (liability is null || day is not { Status: DayStatus.Chargeable or DayStatus.Potential } started)
        {
            return null;
        }

        session.Events.Append(message.EpisodeId, new LiabilityStarted(message.RelevantDay, firstDay, started.Council));
        return new LiabilityStartedNotice(message.EpisodeId, started.Council, liability.Episode.NhsBody, message.RelevantDay, firstDay);
    }
}
