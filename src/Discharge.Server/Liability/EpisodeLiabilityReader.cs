using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Liability;

/// <summary>
/// Computes an episode's liability with the rules engine from the facts its <see cref="Episode"/> gives the engine:
/// the same function the calculator and the projections call.
/// </summary>
public static class EpisodeLiabilityReader
{
    /// <summary>The liability as it stood at the end of <paramref name="asOf"/> (null before any notice).</summary>
    public static EpisodeLiability? Compute(Episode episode, DischargeRules rules, LocalDate asOf) =>
        episode.Header is { } header ? rules.Calculator.Calculate(header, episode.LiabilityFacts(), asOf) : null;

    /// <summary>
    /// The days of every recorded event, open periods to their regime's end, as runs of days decided alike: for read models
    /// that keep runs of days and cut them at the day they are read (null before any notice).
    /// </summary>
    public static IReadOnlyList<DaysDecidedAlike>? DaysToRegimeEnd(Episode episode, DischargeRules rules) =>
        episode.Header is { } header ? rules.Calculator.DaysToRegimeEnd(header, episode.LiabilityFacts()) : null;
}
