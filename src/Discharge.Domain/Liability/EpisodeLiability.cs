using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>The day-by-day liability of one episode, with the rule set and reference-data versions that produced it.</summary>
public sealed record EpisodeLiability
{
    public required EpisodeHeader Episode { get; init; }

    public required RuleSet RuleSet { get; init; }

    public required ReferenceDataVersions ReferenceData { get; init; }

    /// <summary>The day the liability was computed as of; null when computed to the regime's end for a read model.</summary>
    public required LocalDate? AsOf { get; init; }

    public required IReadOnlyList<DelayPeriod> Periods { get; init; }

    /// <summary>Every day of every delayed discharge period, in date order.</summary>
    public required IReadOnlyList<LiabilityDay> Days { get; init; }

    public required IReadOnlyList<CouncilTotal> ByCouncil { get; init; }

    public required IReadOnlyList<DefectiveNotice> DefectiveNotices { get; init; }

    public required int ChargeableDays { get; init; }

    public required decimal TotalAmount { get; init; }

    public required int PotentialDays { get; init; }

    public required decimal PotentialAmount { get; init; }

    /// <summary>One per discharge notice that created a relevant day, in the order given.</summary>
    public IReadOnlyList<LocalDate> RelevantDays => Periods.Select(p => p.RelevantDay).ToArray();
}
