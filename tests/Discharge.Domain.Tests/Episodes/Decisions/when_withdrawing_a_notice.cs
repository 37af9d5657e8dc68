using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using NodaTime;
using static Discharge.Domain.Tests.Support.DecisionSpec;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.Recorded;

namespace Discharge.Domain.Tests.Episodes.Decisions;

/// <summary>The hospital withdraws a notice in force, with a reason code of the data standard (2003 regs 4(4), 5(4); 2014 regs 4, 7).</summary>
public sealed class when_withdrawing_a_notice
{
    private static Func<Episode, DecisionContext, Outcome> Withdraw(Withdrawal notice, string code, string? ukTime = "2021-06-04 09:00", string? reason = null) =>
        new WithdrawNotice(notice, code, reason, ukTime is null ? null : UkTime(ukTime)).Decide;

    [Fact]
    public void the_discharge_notice_is_withdrawn_with_the_reason_spelt_out() =>
        Given(AssessmentNotice, DischargeNotice).When(Withdraw(Withdrawal.Discharge, "07"))
            .Then(new DischargeNoticeWithdrawn(UkTime("2021-06-04 09:00"), "07 Condition deteriorated"));

    [Fact]
    public void withdrawing_both_withdraws_the_assessment_notice_which_takes_the_discharge_notice_with_it() =>
        Given(AssessmentNotice, DischargeNotice).When(Withdraw(Withdrawal.Both, "13", reason: "Moved to a hospice"))
            .Then(new AssessmentNoticeWithdrawn(UkTime("2021-06-04 09:00"), "13 Other: Moved to a hospice"));

    [Fact]
    public void a_withdrawal_without_a_delivery_time_is_delivered_now() =>
        Given(AssessmentNotice).At("2021-06-05 16:00").When(Withdraw(Withdrawal.Assessment, "12", ukTime: null))
            .Then(new AssessmentNoticeWithdrawn(UkTime("2021-06-05 16:00"), "12 Notice sent in error"));

    [Fact]
    public void a_discharge_notice_not_given_cannot_be_withdrawn() =>
        Given(AssessmentNotice).When(Withdraw(Withdrawal.Discharge, "07"))
            .ThenRefused(RefusalKind.OutOfSequence, "notice-not-in-force").Detail.Should().Be("The episode has no discharge notice in force.");

    [Fact]
    public void both_notices_are_withdrawn_only_when_both_are_in_force() =>
        Given(AssessmentNotice).When(Withdraw(Withdrawal.Both, "07"))
            .ThenRefused(RefusalKind.OutOfSequence, "notice-not-in-force").Detail.Should().Be("The episode has no assessment and discharge notices in force.");

    [Fact]
    public void a_withdrawn_assessment_notice_cannot_be_withdrawn_again() =>
        Given(AssessmentNotice, new AssessmentNoticeWithdrawn(UkTime("2021-06-03 09:00"), "12 Notice sent in error")).When(Withdraw(Withdrawal.Assessment, "12"))
            .ThenRefused(RefusalKind.OutOfSequence, "notice-not-in-force").Detail.Should().Be("The episode has no assessment notice in force.");

    [Fact]
    public void a_withdrawal_dated_before_the_latest_notice_is_refused() =>
        Given(AssessmentNotice, DischargeNotice).When(Withdraw(Withdrawal.Both, "07", "2021-06-02 09:59"))
            .ThenRefused(RefusalKind.OutOfSequence, "withdrawal-before-notice").Detail.Should().Be($"The notice was delivered at {DischargeNotice.DeliveredAt}.");

    [Fact]
    public void nothing_is_withdrawn_after_the_patient_left() =>
        Given(AssessmentNotice, new PatientDischarged(Date("2021-06-03"))).When(Withdraw(Withdrawal.Assessment, "10"))
            .ThenRefused(RefusalKind.OutOfSequence, "episode-closed");

    [Fact]
    public void only_the_nhs_body_withdraws() =>
        Given(AssessmentNotice).By(Council).When(Withdraw(Withdrawal.Assessment, "12")).ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void every_reason_code_of_the_data_standard_is_known() =>
        WithdrawNotice.ReasonCodes.Keys.Should().Equal(Enumerable.Range(1, 13).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void the_latest_notice_may_be_withdrawn_at_the_instant_it_was_delivered() =>
        Given(AssessmentNotice).When(Withdraw(Withdrawal.Assessment, "12", "2021-06-01 10:00"))
            .Then(new AssessmentNoticeWithdrawn(Instant.FromUtc(2021, 6, 1, 9, 0), "12 Notice sent in error"));
}
