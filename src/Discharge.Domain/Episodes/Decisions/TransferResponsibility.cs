using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>
/// Another council takes over as the responsible authority from <paramref name="On"/> (ordinary residence: 2003
/// reg 18, 2014 reg 12). Days before stay with the first council, which may recover them (E10, A7).
/// </summary>
public sealed record TransferResponsibility(LocalDate? On, string? ToCouncil)
{
    /// <summary>The responsible council hands over, from a plausible day, to another English council in existence then.</summary>
    public Outcome Decide(Episode episode, DecisionContext context) => DatedFact.Decide(
        Party.Council, On!.Value, new ResponsibilityTransferred(On.Value, ToCouncil!), episode, context, () => KnownCouncil(episode, context));

    private Refusal? KnownCouncil(Episode episode, DecisionContext context) =>
        ToCouncil == episode.ResponsibleCouncil ? Refusal.RuleBroken(
            "transfer-to-same-council", "The council is already responsible.", "A transfer names another council.", "2003 reg 18; 2014 reg 12")
        : RegisterChecks.KnownCouncil(ToCouncil!, On!.Value, context.Rules);
}
