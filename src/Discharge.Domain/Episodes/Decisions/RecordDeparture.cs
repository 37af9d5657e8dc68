using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>The patient left hospital on <paramref name="On"/>: discharged, self-discharged or died. It closes the episode.</summary>
public sealed record RecordDeparture(LocalDate? On)
{
    /// <summary>The hospital records the departure of an open episode, on a day between its first notice and today.</summary>
    public Outcome Decide(DepartureKind how, Episode episode, DecisionContext context)
    {
        var on = On!.Value;
        return EpisodeChecks.Open(episode)
            ?? EpisodeChecks.SentBy(Party.NhsBody, episode, context)
            ?? EpisodeChecks.PlausibleDay("on", on, episode, context)
            ?? Outcome.Record(new Departure(how, on).ToEvent());
    }
}
