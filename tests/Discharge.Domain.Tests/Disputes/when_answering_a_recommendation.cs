using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.Disputed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;
using static Discharge.Domain.Tests.Support.TestCouncils;

namespace Discharge.Domain.Tests.Disputes;

/// <summary>Each side says once whether it accepts the panel's recommendation; its days are given up only when both do (rules.md §5.1).</summary>
public sealed class when_answering_a_recommendation
{
    /// <summary>The NHS body accepted 10 Feb itself; the panel recommended giving up 10 and 11 Feb as well.</summary>
    private static readonly IDisputeEvent[] Recommendation =
        [Act2003, Answered(DisputeOutcome.AcceptPart, "2005-02-10"), PanelApplied, PanelWasAppointed, Recommended("2005-02-10", "2005-02-11")];

    private static Func<Dispute?, DecisionContext, MoneyOutcome> Accept(bool accepted = true) =>
        (dispute, context) => new AnswerRecommendation(accepted).Decide(Id, dispute, context);

    private static Dispute After(params IDisputeEvent[] answers) => Dispute.From([.. Recommendation, .. answers])!;

    [Fact]
    public void each_side_answers_for_itself() =>
        Given(Recommendation).By(Derby).At("2005-04-12 10:00").When(Accept()).Then(new StreamEvent(Id, AnsweredBy(Derby, accepted: true)));

    [Fact]
    public void when_both_sides_accept_the_recommended_days_are_given_up_once_each()
    {
        var dispute = After(AnsweredBy(NhsBody, true), AnsweredBy(Derby, true));

        dispute.Concessions().Select(c => (c.Day.Date, c.Reason)).Should().Equal(
            (Date("2005-02-10"), AdjustmentReason.DisputeAccepted), (Date("2005-02-11"), AdjustmentReason.PanelRecommendation));
        dispute.State.Should().Be(DisputeState.RecommendationAccepted);
    }

    [Fact]
    public void when_one_side_has_accepted_nothing_more_is_given_up() =>
        After(AnsweredBy(Derby, true)).Concessions().Select(c => c.Day.Date).Should().Equal(Date("2005-02-10"));

    [Fact]
    public void when_one_side_does_not_accept_nothing_more_is_given_up()
    {
        var dispute = After(AnsweredBy(NhsBody, false), AnsweredBy(Derby, true));

        dispute.Concessions().Select(c => c.Day.Date).Should().Equal(Date("2005-02-10"));
        dispute.State.Should().Be(DisputeState.RecommendationNotAccepted);
    }

    [Fact]
    public void a_side_answers_once() =>
        Given([.. Recommendation, AnsweredBy(Derby, false)]).By(Derby).At("2005-04-13 10:00").When(Accept()).ThenRefused(RefusalKind.OutOfSequence, "recommendation-already-answered");

    [Fact]
    public void there_is_nothing_to_answer_before_the_panel_recommends() =>
        Given(Act2003, Answered(DisputeOutcome.Reject), PanelApplied, PanelWasAppointed).By(Derby).At("2005-04-12 10:00").When(Accept())
            .ThenRefused(RefusalKind.OutOfSequence, "no-recommendation");

    [Fact]
    public void only_the_two_sides_answer() =>
        Given(Recommendation).By(Leeds).At("2005-04-12 10:00").When(Accept()).ThenRefused(RefusalKind.NotAParty, "not-a-party");
}
