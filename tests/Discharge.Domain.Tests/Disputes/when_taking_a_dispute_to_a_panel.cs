using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.Disputed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;
using static Discharge.Domain.Tests.Support.TestCouncils;

namespace Discharge.Domain.Tests.Disputes;

/// <summary>Either side applies to the Strategic Health Authority for a panel, which it appoints within 7 days (2003 Regs regs 14–15, rules.md §5.1).</summary>
public sealed class when_taking_a_dispute_to_a_panel
{
    private static readonly DisputeAnswered Rejected = Answered(DisputeOutcome.Reject);

    private static Func<Dispute?, DecisionContext, MoneyOutcome> Apply(string? on = null) =>
        (dispute, context) => new RequestPanel(on is null ? null : Date(on)).Decide(Id, dispute, context);

    [Fact]
    public void the_panel_is_due_seven_days_after_the_application() =>
        Given(Act2003, Rejected).By(Derby).At("2005-03-15 10:00").When(Apply())
            .Then(new StreamEvent(Id, new PanelRequested(Derby, Date("2005-03-15"), Date("2005-03-22"), UkTime("2005-03-15 10:00"))));

    [Fact]
    public void an_application_made_earlier_counts_from_its_day() =>
        Given(Act2003, Rejected).At("2005-03-15 10:00").When(Apply(on: "2005-03-12"))
            .Then(new StreamEvent(Id, new PanelRequested(NhsBody, Date("2005-03-12"), Date("2005-03-19"), UkTime("2005-03-15 10:00"))));

    [Fact]
    public void a_partly_accepted_dispute_may_go_to_a_panel() =>
        Given(Act2003, Answered(DisputeOutcome.AcceptPart, "2005-02-10")).By(Derby).At("2005-03-15 10:00").When(Apply()).ThenRecorded<PanelRequested>();

    [Fact]
    public void a_care_act_dispute_has_no_panel() =>
        Given(CareAct2014).By(Derby).At("2016-06-10 10:00").When(Apply()).ThenRefused(RefusalKind.RuleBroken, "panel-not-available");

    [Fact]
    public void a_dispute_wholly_accepted_has_nothing_left_for_a_panel() =>
        Given(Act2003, Answered(DisputeOutcome.Accept, "2005-02-10", "2005-02-11", "2005-02-12")).By(Derby).At("2005-03-15 10:00").When(Apply())
            .ThenRefused(RefusalKind.OutOfSequence, "dispute-resolved");

    [Fact]
    public void a_panel_is_applied_for_once() =>
        Given(Act2003, Rejected, PanelApplied).At("2005-03-16 10:00").When(Apply()).ThenRefused(RefusalKind.OutOfSequence, "panel-already-requested");

    [Fact]
    public void an_application_before_the_dispute_is_refused() =>
        Given(Act2003, Rejected).By(Derby).At("2005-03-15 10:00").When(Apply(on: "2005-03-04")).ThenRefused(RefusalKind.RuleBroken, "date-before-dispute");

    [Fact]
    public void an_application_in_the_future_is_refused() =>
        Given(Act2003, Rejected).By(Derby).At("2005-03-15 10:00").When(Apply(on: "2005-03-16")).ThenRefused(RefusalKind.RuleBroken, "date-in-future");

    [Fact]
    public void only_the_two_sides_apply() =>
        Given(Act2003, Rejected).By(Leeds).At("2005-03-15 10:00").When(Apply()).ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void while_the_panel_is_awaited_its_appointment_is_the_next_deadline() =>
        Dispute.From([Act2003, Rejected, PanelApplied])!.Should().Match<Dispute>(d => d.State == DisputeState.AwaitingPanel && d.NextDeadline == Date("2005-03-22"));
}
