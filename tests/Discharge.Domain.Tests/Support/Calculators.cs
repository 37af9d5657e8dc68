using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Support;

/// <summary>Calculators over the shipped reference data, built once for the whole test run.</summary>
internal static class Calculators
{
    public static LiabilityCalculator Default { get; } = new(RuleSets.Default, ReferenceData.Default);

    public static LiabilityCalculator Census { get; } = new(RuleSets.Census, ReferenceData.Default);

    public static LiabilityCalculator For(RuleSet ruleSet) => new(ruleSet, ReferenceData.Default);
}
