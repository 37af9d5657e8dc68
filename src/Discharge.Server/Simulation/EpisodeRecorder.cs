using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Bulk;
using Discharge.Server.Notifications;
using NodaTime;

namespace Discharge.Server.Simulation;

/// <summary>
/// Records one simulated episode command by command, each decided by the domain's own decision on the history so far
/// (a refused command records nothing, as over HTTP), in the order of the instants they are sent. The liability check at
/// the end of each relevant day runs at its instant, between the commands, as the scheduled check would have: it is long
/// due, so it is derived here rather than scheduled.
/// </summary>
internal sealed class EpisodeRecorder(Guid id, DischargeRules rules, Random random, Instant lastCommand, Instant serviceNow)
{
    private readonly Episode episode = Episode.From(id, []);
    private readonly List<ImportedEvent> events = [];
    private readonly SortedList<Instant, LocalDate> checks = [];
    private Instant last;
    private int commands;

    public Episode Episode => episode;

    /// <summary>The relevant day of the discharge notice last given, if any.</summary>
    public LocalDate? RelevantDay { get; private set; }

    /// <summary>
    /// Sends a command at <paramref name="at"/> (moved just after the previous one if earlier) from <paramref name="sender"/>;
    /// whether it was recorded. Nothing is sent after the history's end.
    /// </summary>
    public bool Send(string sender, string user, Instant at, Func<Episode, DecisionContext, Outcome> decide)
    {
        at = Instant.Max(at, last + Duration.FromMinutes(1));
        if (at > lastCommand)
        {
            return false;
        }

        RunChecksDueBy(at);
        var outcome = decide(episode, new DecisionContext(at, sender, rules));
        if (outcome.Refusal is not null)
        {
            return false;
        }

        commands++;
        var correlation = NewId().ToString("N");
        foreach (var e in outcome.Events)
        {
            Record(e, at, sender, user, $"{id:N}-{commands}", correlation);
            if (e is DischargeNoticeGiven notice)
            {
                RelevantDay = LiabilityStartCheck.RelevantDayOf(episode, notice, rules);
                checks.TryAdd(rules.StartOf(RelevantDay.Value.PlusDays(1)), RelevantDay.Value);
            }
        }

        return true;
    }

    /// <summary>The episode's events, with every check due by the service's clock run.</summary>
    public StreamImport Finish()
    {
        RunChecksDueBy(serviceNow);
        return new StreamImport(id, events);
    }

    private void RunChecksDueBy(Instant at)
    {
        while (checks.Count > 0 && checks.Keys[0] <= at)
        {
            var (due, relevantDay) = (checks.Keys[0], checks.Values[0]);
            checks.RemoveAt(0);
            if (LiabilityStartCheck.Decide(episode, relevantDay, rules) is { } decided)
            {
                // The service's own event: no sender, no key, stamped when the check ran.
                Record(decided.Started, Instant.Max(due, last), null, null, null, NewId().ToString("N"));
            }
        }
    }

    private void Record(IEpisodeEvent e, Instant at, string? sender, string? user, string? key, string correlation)
    {
        episode.Evolve(e);
        events.Add(new ImportedEvent(NewId(), e, at, sender, user, key, correlation));
        last = at;
    }

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
