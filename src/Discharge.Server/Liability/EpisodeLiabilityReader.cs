using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Server.Rules;
using NodaTime;

namespace Discharge.Server.Liability;

/// <summary>
/// Computes an episode's liability from its recorded events with the rules engine: the same function the
/// calculator and the projections call. Facts recorded as open-ended (an NHS service awaited with no end yet)
/// become the closed ranges the engine takes.
/// </summary>
public static class EpisodeLiabilityReader
{
    /// <summary>The liability as it stood at the end of <paramref name="asOf"/> (null before any notice).</summary>
    public static EpisodeLiability? Compute(IEnumerable<object> history, DischargeRules rules, LocalDate asOf)
    {
        var events = ForEngine(history, out var header);
        return header is null ? null : rules.Calculator.Calculate(header, events, asOf);
    }

    /// <summary>Every recorded event, open periods to their regime's end: for read models cut at the day they are read.</summary>
    public static EpisodeLiability? ComputeToRegimeEnd(IEnumerable<object> history, DischargeRules rules)
    {
        var events = ForEngine(history, out var header);
        return header is null ? null : rules.Calculator.CalculateToRegimeEnd(header, events);
    }

    /// <summary>The events the engine reads, in recorded order, and the episode's parties (null before any notice).</summary>
    public static IReadOnlyList<IEpisodeEvent> ForEngine(IEnumerable<object> history, out EpisodeHeader? header)
    {
        header = null;
        var events = new List<IEpisodeEvent>();
        LocalDate? awaitedFrom = null;
        foreach (var e in history)
        {
            switch (e)
            {
                case AssessmentNoticeGiven notice:
                    header ??= new EpisodeHeader(notice.NhsBody, notice.Council);
                    events.Add(notice);
                    break;
                case NhsServiceAwaitingStarted started:
                    awaitedFrom = started.From;
                    break;
                case NhsServiceBecameAvailable available when awaitedFrom is { } from:
                    events.Add(new NhsServiceAwaited(from, available.On.PlusDays(-1)));
                    awaitedFrom = null;
                    break;
                case IEpisodeEvent fact:
                    events.Add(fact);
                    break;
            }
        }

        if (awaitedFrom is { } stillAwaited)
        {
            events.Add(new NhsServiceAwaited(stillAwaited, LocalDate.MaxIsoValue));
        }

        return events;
    }
}
