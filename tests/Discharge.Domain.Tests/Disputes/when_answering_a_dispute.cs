using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.Disputed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;

namespace Discharge.Domain.Tests.Disputes;

/// <summary>The NHS body answers a dispute once: the days it gives up are credited on its next statement.</summary>
public sealed class when_answering_a_dispute
{
    private static Func<Dispute?, DecisionContext, MoneyOutcome> Answer(DisputeOutcome outcome, params string[] days) =>
        (dispute, context) => new AnswerDispute(outcome, "Our reasons.", days.Length == 0 ? null : [.. days.Select(Date)]).Decide(Id, dispute, context);

    private static StreamEvent Answered(DisputeOutcome outcome, params string[] accepted) => new(Id, Disputed.Answered(outcome, accepted) with { AnsweredAt = UkTime("2005-03-10 10:00") });

    [Fact]
    public void accepting_gives_up_every_disputed_day() =>
        Given(Act2003).At("2005-03-10 10:00").When(Answer(DisputeOutcome.Accept)).Then(Answered(DisputeOutcome.Accept, "2005-02-10", "2005-02-11", "2005-02-12"));

    [Fact]
    public void an_accepted_dispute_concedes_each_day_against_the_statement()
    {
        var dispute = Dispute.From([Act2003, Disputed.Answered(DisputeOutcome.Accept, "2005-02-10", "2005-02-11", "2005-02-12")])!;

        dispute.Concessions().Should().Equal(
            Dates("2005-02-10", "2005-02-12").Select(d => new Concession(Act2003.StatementId, new EpisodeDay(Act2003.EpisodeId, d), Id, AdjustmentReason.DisputeAccepted)));
        dispute.Should().Match<Dispute>(d => d.State == DisputeState.Accepted && d.Resolved);
    }

    [Fact]
    public void accepting_part_gives_up_the_days_named() =>
        Given(Act2003).At("2005-03-10 10:00").When(Answer(DisputeOutcome.AcceptPart, "2005-02-12", "2005-02-11", "2005-02-12"))
            .Then(Answered(DisputeOutcome.AcceptPart, "2005-02-11", "2005-02-12"));

    [Fact]
    public void a_partly_accepted_dispute_concedes_only_those_days()
    {
        var dispute = Dispute.From([Act2003, Disputed.Answered(DisputeOutcome.AcceptPart, "2005-02-11")])!;

        dispute.Concessions().Select(c => c.Day.Date).Should().Equal(Date("2005-02-11"));
        dispute.Should().Match<Dispute>(d => d.State == DisputeState.PartlyAccepted && !d.Resolved);
    }

    [Theory]
    [InlineData]
    [InlineData("2005-02-10", "2005-02-11", "2005-02-12")]
    public void accepting_part_names_some_days_but_not_all(params string[] days) =>
        Given(Act2003).At("2005-03-10 10:00").When(Answer(DisputeOutcome.AcceptPart, days)).ThenRefused(RefusalKind.RuleBroken, "accept-part-needs-days");

    [Fact]
    public void accepting_a_day_not_disputed_is_refused() =>
        Given(Act2003).At("2005-03-10 10:00").When(Answer(DisputeOutcome.AcceptPart, "2005-02-13")).ThenRefused(RefusalKind.RuleBroken, "day-not-disputed");

    [Fact]
    public void rejecting_gives_up_nothing()
    {
        Given(Act2003).At("2005-03-10 10:00").When(Answer(DisputeOutcome.Reject)).Then(Answered(DisputeOutcome.Reject));
        Dispute.From([Act2003, Disputed.Answered(DisputeOutcome.Reject)])!.Should().Match<Dispute>(d => d.State == DisputeState.Rejected && !d.Concessions().Any());
    }

    [Fact]
    public void a_dispute_is_answered_once() =>
        Given(Act2003, Disputed.Answered(DisputeOutcome.Reject)).At("2005-03-11 10:00").When(Answer(DisputeOutcome.Accept))
            .ThenRefused(RefusalKind.OutOfSequence, "dispute-already-answered");

    [Fact]
    public void the_council_does_not_answer_its_own_dispute() =>
        Given(Act2003).By(TestCouncils.Derby).At("2005-03-10 10:00").When(Answer(DisputeOutcome.Accept)).ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void a_dispute_never_raised_cannot_be_answered() =>
        Given(Array.Empty<IDisputeEvent>()).At("2005-03-10 10:00").When(Answer(DisputeOutcome.Accept)).ThenRefused(RefusalKind.NotFound, "dispute-not-found");
}
