using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.Disputed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;

namespace Discharge.Domain.Tests.Disputes;

/// <summary>A scheduled check at the end of a panel's statutory deadline flags the step overdue only if it has not happened (2003 Regs regs 15–16).</summary>
public sealed class when_a_panel_deadline_passes
{
    private static readonly IDisputeEvent[] Applied = [Act2003, Answered(DisputeOutcome.Reject), PanelApplied];
    private static readonly IDisputeEvent[] Appointed = [.. Applied, PanelWasAppointed];

    private static readonly PanelDeadline Appointment = new(Id, PanelStep.Appointment, Date("2005-03-22"));
    private static readonly PanelDeadline Recommendation = new(Id, PanelStep.Recommendation, Date("2005-04-18"));

    private static Func<Dispute?, DecisionContext, MoneyOutcome> Check(PanelDeadline deadline) => (dispute, _) => deadline.Decide(dispute!);

    [Fact]
    public void a_panel_not_appointed_in_7_days_is_overdue() =>
        Given(Applied).When(Check(Appointment)).Then(new StreamEvent(Id, new PanelAppointmentOverdue(Date("2005-03-22"))));

    [Fact]
    public void a_panel_appointed_in_time_is_not_overdue() =>
        Given(Appointed).When(Check(Appointment)).ThenNothing();

    [Fact]
    public void an_overdue_appointment_is_flagged_once() =>
        Given([.. Applied, new PanelAppointmentOverdue(Date("2005-03-22"))]).When(Check(Appointment)).ThenNothing();

    [Fact]
    public void a_check_for_another_deadline_finds_nothing_due() =>
        Given(Applied).When(Check(Appointment with { Due = Date("2005-03-21") })).ThenNothing();

    [Fact]
    public void a_recommendation_not_made_in_28_days_is_overdue() =>
        Given(Appointed).When(Check(Recommendation)).Then(new StreamEvent(Id, new PanelRecommendationOverdue(Date("2005-04-18"))));

    [Fact]
    public void an_overdue_recommendation_is_flagged_once() =>
        Given([.. Appointed, new PanelRecommendationOverdue(Date("2005-04-18"))]).When(Check(Recommendation)).ThenNothing();

    [Fact]
    public void a_recommendation_made_in_time_is_not_overdue() =>
        Given([.. Appointed, Recommended("2005-02-10")]).When(Check(Recommendation)).ThenNothing();

    [Fact]
    public void the_flags_show_on_the_dispute()
    {
        var dispute = Dispute.From([.. Applied, new PanelAppointmentOverdue(Date("2005-03-22")), PanelWasAppointed, new PanelRecommendationOverdue(Date("2005-04-18"))])!;

        dispute.Should().Match<Dispute>(d => d.AppointmentOverdue && d.RecommendationOverdue && d.State == DisputeState.PanelAppointed);
    }

    [Theory]
    [InlineData("2005-03-22", "2005-03-23 00:00")]
    [InlineData("2005-04-18", "2005-04-19 00:00")]
    public void the_check_runs_at_the_first_moment_after_the_deadlines_day_in_london(string due, string ukTime) =>
        (Appointment with { Due = Date(due) }).DueAt(Decisions.Rules.Zone).Should().Be(UkTime(ukTime));
}
