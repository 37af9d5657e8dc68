using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>What a decision needs besides the command and the episode: the time now, who sent it, and the rules in force.</summary>
public sealed record DecisionContext(Instant Now, string Sender, DischargeRules Rules)
{
    /// <summary>Today's legal day, in the rules' zone (London).</summary>
    public LocalDate Today => Now.InZone(Rules.Zone).Date;
}
