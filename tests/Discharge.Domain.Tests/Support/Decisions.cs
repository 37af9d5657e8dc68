using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.Support;

/// <summary>The rules decisions run under in the tests, and contexts for setting the scene with real decisions.</summary>
internal static class Decisions
{
    public static DischargeRules Rules { get; } = new(ReferenceData.Default, RuleSets.Default);

    public static DecisionContext By(string sender, string ukTime) => new(EpisodeBuilder.UkTime(ukTime), sender, Rules);

    /// <summary>Refused by the rule <paramref name="code"/>, of <paramref name="kind"/>, with nothing recorded; the refusal for further checks.</summary>
    public static Refusal ShouldBeRefused(Refusal? refusal, IEnumerable<object> recorded, RefusalKind kind, string code)
    {
        recorded.Should().BeEmpty();
        refusal.Should().NotBeNull();
        refusal!.Code.Should().Be(code);
        refusal.Kind.Should().Be(kind);
        return refusal;
    }
}
