using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Liability;

/// <summary>
/// docs/rules.md documents every code the engine can emit, with the statute and confidence the engine gives it, and
/// every citation points at its entry there and at the regime it governs.
/// </summary>
public partial class when_reading_the_rules_reference
{
    private static readonly string Reference = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules.md"));

    private static readonly RegimeRule[] Rules = Catalogue<RegimeRule>(typeof(DecisionRules));

    private static readonly DefectReason[] Defects = Catalogue<DefectReason>(typeof(NoticeDefects));

    public static TheoryData<string> RuleCodes => [.. Rules.Select(r => r.Code)];

    public static TheoryData<string> DefectCodes => [.. Defects.Select(d => d.Code)];

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void every_day_rule_is_documented_with_its_statute_and_confidence_for_each_regime(string code)
    {
        var rule = Rules.Single(r => r.Code == code);

        BasisLines(Entry($"### {code}")).Should().Equal(ExpectedLines(rule.Act2003, rule.CareAct2014));
    }

    [Theory]
    [MemberData(nameof(DefectCodes))]
    public void every_defect_reason_is_documented_with_its_statute_and_confidence_for_each_regime(string code)
    {
        var defect = Defects.Single(d => d.Code == code);

        BasisLines(Entry($"### Defect: {code}")).Should().Equal(ExpectedLines(defect.Act2003, defect.CareAct2014));
    }

    [Fact]
    public void every_day_status_and_period_end_is_documented()
    {
        var rows = TableCode().Matches(Reference).Select(m => m.Groups[1].Value).ToHashSet();

        rows.Should().Contain(Enum.GetNames<DayStatus>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName));
        rows.Should().Contain(Enum.GetNames<PeriodEnd>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName));
    }

    [Fact]
    public void the_reference_documents_no_code_the_engine_cannot_emit()
    {
        var headings = Heading().Matches(Reference).Select(m => m.Groups[1].Value).ToArray();

        headings.Should().BeEquivalentTo(Rules.Select(r => r.Code).Concat(Defects.Select(d => $"Defect: {d.Code}")));
    }

    [Fact]
    public void every_citation_ends_at_its_entry_in_the_reference_and_not_at_an_outside_document()
    {
        var citations = Rules.SelectMany(r => Regimes.SelectMany(regime => new[] { r.Under(regime), r.Under(regime, afterTransfer: true) })
                .Select(d => (d.Citation, Anchor: r.Code)))
            .Concat(Defects.SelectMany(d => Regimes.Select(regime => (d.Under(regime).Citation, Anchor: $"defect-{d.Code}"))));

        foreach (var (citation, anchor) in citations)
        {
            citation.Should().EndWith($"; docs/rules.md#{anchor}");
            citation.Replace("docs/rules.md", "", StringComparison.Ordinal).Should().NotContain("rules.md");
            Anchors().Should().Contain(anchor);
        }
    }

    [Fact]
    public void a_2003_citation_names_no_care_act_provision_and_a_2014_citation_no_2003_one()
    {
        foreach (var regime in Regimes)
        {
            var forbidden = regime == Regime.Act2003 ? new[] { "Care Act", "Sch 3", "2014 Regs" } : ["2003 Act", "2003 Regs", "SI 2003", "notes 3"];
            var citations = Rules.Where(r => AppliesTo(r.Act2003, r.CareAct2014, regime))
                .SelectMany(r => new[] { r.Under(regime).Citation, r.Under(regime, afterTransfer: true).Citation })
                .Concat(Defects.Where(d => AppliesTo(d.Act2003, d.CareAct2014, regime)).Select(d => d.Under(regime).Citation));

            citations.Should().AllSatisfy(c => forbidden.Should().NotContain(f => c.Contains(f, StringComparison.Ordinal), c));
        }
    }

    private static readonly Regime[] Regimes = [Regime.Act2003, Regime.CareAct2014];

    private static bool AppliesTo(Basis? act2003, Basis? careAct2014, Regime regime) => (regime == Regime.Act2003 ? act2003 : careAct2014) is not null;

    private static string[] ExpectedLines(Basis? act2003, Basis? careAct2014) =>
        [.. new[] { ("2003", act2003), ("2014", careAct2014) }.Where(b => b.Item2 is not null).Select(b => $"- {b.Item1}: {b.Item2!.Statute} [{Tag(b.Item2.Confidence)}]")];

    private static string Tag(Confidence confidence) => confidence switch
    {
        Confidence.Verified => "V",
        Confidence.Secondary => "S",
        Confidence.Rebuilt => "R",
        _ => "D",
    };

    /// <summary>The text under a heading, up to the next heading.</summary>
    private static string Entry(string heading)
    {
        var start = Reference.IndexOf(heading + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"docs/rules.md needs the heading '{heading}'");
        var end = Reference.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return Reference[start..(end < 0 ? Reference.Length : end)];
    }

    private static string[] BasisLines(string entry) => [.. entry.Split('\n').Where(l => l.StartsWith("- 2003: ", StringComparison.Ordinal) || l.StartsWith("- 2014: ", StringComparison.Ordinal))];

    /// <summary>GitHub's anchors of the reference's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors() =>
        [.. AnyHeading().Matches(Reference).Select(m => Regex.Replace(m.Groups[1].Value.ToLowerInvariant(), "[^a-z0-9 -]", "").Replace(' ', '-'))];

    private static T[] Catalogue<T>(Type holder) =>
        [.. holder.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(T)).Select(p => (T)p.GetValue(null)!)];

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Discharge.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Discharge.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();

    [GeneratedRegex(@"^### (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^#{1,6} (.+)$", RegexOptions.Multiline)]
    private static partial Regex AnyHeading();
}
