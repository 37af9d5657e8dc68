using Discharge.Domain.Episodes.Decisions;
using NodaTime;

namespace Discharge.Domain.Tests.Support;

/// <summary>
/// What every decision spec sets before its When: who sends the command (default: the NHS body RTG) and when the
/// service decides it (default: noon on 30 Jun 2021), under the shipped rules.
/// </summary>
internal abstract class Spec<TSelf>
    where TSelf : Spec<TSelf>
{
    private string sender = EpisodeBuilder.NhsBody;
    private Instant now = EpisodeBuilder.UkTime("2021-06-30 12:00");

    /// <summary>The sending organisation.</summary>
    public TSelf By(string organisation)
    {
        sender = organisation;
        return (TSelf)this;
    }

    /// <summary>The time the service decides at, in UK local time.</summary>
    public TSelf At(string ukTime)
    {
        now = EpisodeBuilder.UkTime(ukTime);
        return (TSelf)this;
    }

    protected DecisionContext Context => new(now, sender, Decisions.Rules);
}
