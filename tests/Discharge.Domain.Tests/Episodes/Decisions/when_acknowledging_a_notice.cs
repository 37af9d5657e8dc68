using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using static Discharge.Domain.Tests.Support.DecisionSpec;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.Recorded;

namespace Discharge.Domain.Tests.Episodes.Decisions;

/// <summary>The council accepts or rejects a notice in force; a rejection is a dispute flag, not a cancellation (§1.5).</summary>
public sealed class when_acknowledging_a_notice
{
    private static Func<Episode, DecisionContext, Outcome> Acknowledge(NoticeKind notice, string? ukTime = "2021-06-02 11:00", NoticeResponse response = NoticeResponse.Accept, string? reason = null) =>
        new AcknowledgeNotice(notice, response, reason, ukTime is null ? null : UkTime(ukTime)).Decide;

    [Fact]
    public void the_council_accepts_the_discharge_notice() =>
        Given(AssessmentNotice, DischargeNotice).By(Council).When(Acknowledge(NoticeKind.Discharge))
            .Then(new NoticeAcknowledged(UkTime("2021-06-02 11:00"), NoticeKind.Discharge, NoticeResponse.Accept, null));

    [Fact]
    public void a_rejection_keeps_its_reason() =>
        Given(AssessmentNotice).By(Council).When(Acknowledge(NoticeKind.Assessment, response: NoticeResponse.Reject, reason: "Not our resident"))
            .Then(new NoticeAcknowledged(UkTime("2021-06-02 11:00"), NoticeKind.Assessment, NoticeResponse.Reject, "Not our resident"));

    [Fact]
    public void an_acknowledgement_without_a_time_is_made_now() =>
        Given(AssessmentNotice).By(Council).At("2021-06-03 08:00").When(Acknowledge(NoticeKind.Assessment, ukTime: null))
            .Then(new NoticeAcknowledged(UkTime("2021-06-03 08:00"), NoticeKind.Assessment, NoticeResponse.Accept, null));

    [Fact]
    public void a_notice_may_be_acknowledged_after_the_patient_left() =>
        Given(AssessmentNotice, new PatientDischarged(Date("2021-06-02"))).By(Council).When(Acknowledge(NoticeKind.Assessment, "2021-06-04 09:00"))
            .Then(new NoticeAcknowledged(UkTime("2021-06-04 09:00"), NoticeKind.Assessment, NoticeResponse.Accept, null));

    [Fact]
    public void the_council_responsible_after_a_transfer_may_acknowledge() =>
        Given(AssessmentNotice, new ResponsibilityTransferred(Date("2021-06-02"), TestCouncils.Leeds)).By(TestCouncils.Leeds).When(Acknowledge(NoticeKind.Assessment))
            .Then(new NoticeAcknowledged(UkTime("2021-06-02 11:00"), NoticeKind.Assessment, NoticeResponse.Accept, null));

    [Fact]
    public void a_withdrawn_notice_cannot_be_acknowledged() =>
        Given(AssessmentNotice, new AssessmentNoticeWithdrawn(UkTime("2021-06-01 11:00"))).By(Council).When(Acknowledge(NoticeKind.Assessment))
            .ThenRefused(RefusalKind.OutOfSequence, "notice-not-in-force").Title.Should().Be("There is no assessment notice in force to acknowledge.");

    [Fact]
    public void a_notice_cannot_be_acknowledged_before_it_was_delivered() =>
        Given(AssessmentNotice, DischargeNotice).By(Council).When(Acknowledge(NoticeKind.Discharge, "2021-06-02 09:00"))
            .ThenRefused(RefusalKind.RuleBroken, "acknowledged-before-given").Title.Should().Be("The discharge notice cannot be acknowledged before it was delivered.");

    [Fact]
    public void only_the_council_acknowledges() =>
        Given(AssessmentNotice).When(Acknowledge(NoticeKind.Assessment)).ThenRefused(RefusalKind.NotAParty, "not-a-party")
            .Detail.Should().Be("Only the council of this episode (E06000015) may; the request came from RTG.");

    [Fact]
    public void there_is_nothing_to_acknowledge_without_an_episode() =>
        Given().By(Council).When(Acknowledge(NoticeKind.Assessment)).ThenRefused(RefusalKind.NotFound, "episode-not-found");
}
