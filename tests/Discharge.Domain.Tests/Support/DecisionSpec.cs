using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;

namespace Discharge.Domain.Tests.Support;

/// <summary>
/// A command's rule as a sentence: given these recorded events, when this command is decided (now, by this sender),
/// then these events are recorded, or this refusal. No host, no store: the decision is a function.
/// </summary>
internal sealed class DecisionSpec : Spec<DecisionSpec>
{
    public static readonly Guid EpisodeId = Guid.Parse("0b6d7c1e-5f2a-4e8b-9c3d-7a1f2e4b6c80");

    private readonly IEpisodeEvent[] history;

    private DecisionSpec(IEpisodeEvent[] history) => this.history = history;

    public static DecisionSpec Given(params IEpisodeEvent[] history) => new(history);

    public Decided When(Func<Episode, DecisionContext, Outcome> decide) => new(decide(Episode.From(EpisodeId, history), Context));

    internal sealed class Decided(Outcome outcome)
    {
        public void Then(params IEpisodeEvent[] recorded)
        {
            outcome.Refusal.Should().BeNull();
            outcome.Events.Should().Equal(recorded);
        }

        /// <summary>Refused by the rule <paramref name="code"/>, of <paramref name="kind"/>, with nothing recorded; the refusal for further checks.</summary>
        public Refusal ThenRefused(RefusalKind kind, string code) => Decisions.ShouldBeRefused(outcome.Refusal, outcome.Events, kind, code);
    }
}
