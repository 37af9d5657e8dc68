using Discharge.Domain.Liability;

namespace Discharge.Domain.Statements;

/// <summary>An episode's liability as the rules engine computes it now, with the reference a bill gives its patient.</summary>
public sealed record EpisodeCharges(Guid EpisodeId, string PatientReference, EpisodeLiability Liability)
{
    /// <summary>The days of the episode the council is responsible for in the month, in date order.</summary>
    public IEnumerable<LiabilityDay> DaysOf(string council, BillingMonth month) =>
        Liability.Days.Where(d => d.Council == council && month.Contains(d.Date));
}
