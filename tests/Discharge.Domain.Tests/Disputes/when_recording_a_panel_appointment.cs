using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.Disputed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;
using static Discharge.Domain.Tests.Support.TestCouncils;

namespace Discharge.Domain.Tests.Disputes;

/// <summary>The panel, once appointed, recommends within 28 days (2003 Regs reg 16).</summary>
public sealed class when_recording_a_panel_appointment
{
    private static readonly DisputeAnswered Rejected = Answered(DisputeOutcome.Reject);

    private static Func<Dispute?, DecisionContext, MoneyOutcome> Appointed(string on) =>
        (dispute, context) => new RecordPanelAppointment(Date(on), "Chair: A. Smith").Decide(Id, dispute, context);

    [Fact]
    public void the_recommendation_is_due_28_days_after_the_appointment() =>
        Given(Act2003, Rejected, PanelApplied).By(Derby).At("2005-03-21 12:00").When(Appointed("2005-03-21"))
            .Then(new StreamEvent(Id, new PanelAppointed(Date("2005-03-21"), "Chair: A. Smith", Date("2005-04-18"), UkTime("2005-03-21 12:00"))));

    [Fact]
    public void a_panel_appointed_on_the_day_of_application_is_accepted() =>
        Given(Act2003, Rejected, PanelApplied).At("2005-03-21 12:00").When(Appointed("2005-03-15")).ThenRecorded<PanelAppointed>().RecommendBy.Should().Be(Date("2005-04-12"));

    [Fact]
    public void an_appointment_before_the_application_is_refused() =>
        Given(Act2003, Rejected, PanelApplied).At("2005-03-21 12:00").When(Appointed("2005-03-14")).ThenRefused(RefusalKind.RuleBroken, "appointed-before-application");

    [Fact]
    public void an_appointment_in_the_future_is_refused() =>
        Given(Act2003, Rejected, PanelApplied).At("2005-03-21 12:00").When(Appointed("2005-03-22")).ThenRefused(RefusalKind.RuleBroken, "date-in-future");

    [Fact]
    public void a_panel_not_applied_for_cannot_be_appointed() =>
        Given(Act2003, Rejected).At("2005-03-21 12:00").When(Appointed("2005-03-21")).ThenRefused(RefusalKind.OutOfSequence, "no-panel-requested");

    [Fact]
    public void a_panel_is_appointed_once() =>
        Given(Act2003, Rejected, PanelApplied, PanelWasAppointed).At("2005-03-22 12:00").When(Appointed("2005-03-22")).ThenRefused(RefusalKind.OutOfSequence, "panel-already-appointed");

    [Fact]
    public void only_the_two_sides_record_it() =>
        Given(Act2003, Rejected, PanelApplied).By(Leeds).At("2005-03-21 12:00").When(Appointed("2005-03-21")).ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void once_appointed_its_recommendation_is_the_next_deadline() =>
        Dispute.From([Act2003, Rejected, PanelApplied, PanelWasAppointed])!.Should().Match<Dispute>(d => d.State == DisputeState.PanelAppointed && d.NextDeadline == Date("2005-04-18"));
}
