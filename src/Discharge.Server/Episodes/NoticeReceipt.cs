using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>
/// The unambiguous acknowledgement a hospital gets for a notice: when it was delivered, the day it counts as
/// given under the cut-off, the regime it falls under, and (for a discharge notice) the relevant day.
/// </summary>
public sealed record NoticeReceipt(
    Guid EpisodeId, Instant DeliveredAt, LocalDate CountsAsGivenOn, Regime Regime, LocalDate? RelevantDay, string RuleSet)
{
    public static NoticeReceipt For(Guid episodeId, Instant deliveredAt, DischargeRules rules, LocalDate? relevantDay = null)
    {
        var dayGiven = rules.Timing.DayGiven(deliveredAt);
        return new(episodeId, deliveredAt, dayGiven, rules.Timeline.RegimeOn(dayGiven)!.Value, relevantDay, $"{rules.RuleSet.Name} {rules.RuleSet.Version}");
    }
}
