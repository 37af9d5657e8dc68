namespace Discharge.Domain.Rules;

/// <summary>The named rule sets shipped with the engine.</summary>
public static class RuleSets
{
    public const string CurrentVersion = "2026.1";

    /// <summary>The defaults of rules.md §2.5 and §10.</summary>
    public static RuleSet Default { get; } = new() { Name = "default", Version = CurrentVersion };

    /// <summary>The default with the midnight census closing rule (A1's alternative).</summary>
    public static RuleSet Census { get; } = Default with { Name = "census", ClosingRule = ClosingRule.MidnightCensus };

    public static IReadOnlyList<RuleSet> All { get; } = [Default, Census];

    public static RuleSet? Find(string name)
    {
        foreach (var ruleSet in All)
        {
            if (string.Equals(ruleSet.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return ruleSet;
            }
        }

        return null;
    }
}
