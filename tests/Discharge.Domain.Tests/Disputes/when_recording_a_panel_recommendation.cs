using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.Disputed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;

namespace Discharge.Domain.Tests.Disputes;

/// <summary>The panel recommends (not binding, 2003 Regs reg 16): the disputed days the NHS body should give up.</summary>
public sealed class when_recording_a_panel_recommendation
{
    private static readonly IDisputeEvent[] Appointed = [Act2003, Answered(DisputeOutcome.Reject), PanelApplied, PanelWasAppointed];

    private static Func<Dispute?, DecisionContext, MoneyOutcome> Recommend(string on, params string[] days) =>
        (dispute, context) => new RecordPanelRecommendation(Date(on), "The NHS body should give up the days named.", [.. days.Select(Date)]).Decide(Id, dispute, context);

    [Fact]
    public void the_recommendation_names_the_days_to_give_up() =>
        Given(Appointed).At("2005-04-11 10:00").When(Recommend("2005-04-11", "2005-02-11", "2005-02-10"))
            .Then(new StreamEvent(Id, Recommended("2005-02-10", "2005-02-11")));

    [Fact]
    public void a_recommendation_gives_nothing_up_until_both_sides_accept_it() =>
        Dispute.From([.. Appointed, Recommended("2005-02-10")])!.Should().Match<Dispute>(d => d.State == DisputeState.PanelRecommended && !d.Concessions().Any() && d.NextDeadline == null);

    [Fact]
    public void a_day_not_disputed_is_refused() =>
        Given(Appointed).At("2005-04-11 10:00").When(Recommend("2005-04-11", "2005-02-13")).ThenRefused(RefusalKind.RuleBroken, "day-not-disputed");

    [Fact]
    public void a_recommendation_before_the_panel_was_appointed_is_refused() =>
        Given(Appointed).At("2005-04-11 10:00").When(Recommend("2005-03-20", "2005-02-10")).ThenRefused(RefusalKind.RuleBroken, "recommended-before-appointment");

    [Fact]
    public void a_recommendation_in_the_future_is_refused() =>
        Given(Appointed).At("2005-04-11 10:00").When(Recommend("2005-04-12", "2005-02-10")).ThenRefused(RefusalKind.RuleBroken, "date-in-future");

    [Fact]
    public void a_panel_not_appointed_cannot_recommend() =>
        Given(Act2003, Answered(DisputeOutcome.Reject), PanelApplied).At("2005-04-11 10:00").When(Recommend("2005-04-11", "2005-02-10"))
            .ThenRefused(RefusalKind.OutOfSequence, "no-panel-appointed");

    [Fact]
    public void a_panel_recommends_once() =>
        Given([.. Appointed, Recommended("2005-02-10")]).At("2005-04-12 10:00").When(Recommend("2005-04-12", "2005-02-11"))
            .ThenRefused(RefusalKind.OutOfSequence, "panel-already-recommended");
}
