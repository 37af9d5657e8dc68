using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Tests.Support;

/// <summary>
/// A command's rule as a sentence: given these recorded events, when this command is decided (now, by this sender),
/// then these events are recorded, or this refusal. No host, no store: the decision is a function.
/// </summary>
internal sealed class DecisionSpec
{
    public static readonly Guid EpisodeId = Guid.Parse("0b6d7c1e-5f2a-4e8b-9c3d-7a1f2e4b6c80");

    private static readonly DischargeRules Rules = new(ReferenceData.Default, RuleSets.Default);

    private readonly IEpisodeEvent[] history;
    private string sender = EpisodeBuilder.NhsBody;
    private Instant now = EpisodeBuilder.UkTime("2021-06-30 12:00");

    private DecisionSpec(IEpisodeEvent[] history) => this.history = history;

    public static DecisionSpec Given(params IEpisodeEvent[] history) => new(history);

    /// <summary>The sending organisation (default: the episode's NHS body).</summary>
    public DecisionSpec By(string organisation)
    {
        sender = organisation;
        return this;
    }

    /// <summary>The time the service decides at, in UK local time (default: noon on 30 Jun 2021).</summary>
    public DecisionSpec At(string ukTime)
    {
        now = EpisodeBuilder.UkTime(ukTime);
        return this;
    }

    public Decided When(Func<Episode, DecisionContext, Outcome> decide) =>
        new(decide(Episode.From(EpisodeId, history), new DecisionContext(now, sender, Rules)));

    internal sealed class Decided(Outcome outcome)
    {
        public void Then(params IEpisodeEvent[] recorded)
        {
            outcome.Refusal.Should().BeNull();
            outcome.Events.Should().Equal(recorded);
        }

        /// <summary>Refused by the rule <paramref name="code"/>, of <paramref name="kind"/>, with nothing recorded; the refusal for further checks.</summary>
        public Refusal ThenRefused(RefusalKind kind, string code)
        {
            outcome.Events.Should().BeEmpty();
            outcome.Refusal.Should().NotBeNull();
            outcome.Refusal!.Code.Should().Be(code);
            outcome.Refusal.Kind.Should().Be(kind);
            return outcome.Refusal;
        }
    }
}
