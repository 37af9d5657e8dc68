using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>
/// The decision shared by facts about a day that one party records (care setting, NHS service, assessment,
/// services, transfer): refused when the episode is missing, the day is implausible or after the patient left,
/// the sender is not that party, or the fact's own rule fails; recorded otherwise.
/// </summary>
internal static class DatedFact
{
    public static Outcome Decide(
        Party recordedBy, LocalDate day, IEpisodeEvent fact, Episode episode, DecisionContext context, Func<Refusal?>? ownRule = null) =>
        EpisodeChecks.LateFact(episode, context, day)
        ?? EpisodeChecks.SentBy(recordedBy, episode, context)
        ?? ownRule?.Invoke()
        ?? Outcome.Record(fact);
}
