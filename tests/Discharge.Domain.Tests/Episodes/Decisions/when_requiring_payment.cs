using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using static Discharge.Domain.Tests.Support.DecisionSpec;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.Recorded;

namespace Discharge.Domain.Tests.Episodes.Decisions;

/// <summary>Under the Care Act the NHS body may require payment (§3.2, A12); under the 2003 Act liability needs no demand.</summary>
public sealed class when_requiring_payment
{
    private static readonly RequirePayment OnTheFifth = new(UkTime("2021-06-05 09:00"));

    [Fact]
    public void a_care_act_episode_may_require_payment() =>
        Given(AssessmentNotice).When(OnTheFifth.Decide).Then(new PaymentRequired(UkTime("2021-06-05 09:00")));

    [Fact]
    public void payment_may_be_required_after_the_patient_left() =>
        Given(AssessmentNotice, new PatientDischarged(Date("2021-06-03"))).When(OnTheFifth.Decide).Then(new PaymentRequired(UkTime("2021-06-05 09:00")));

    [Fact]
    public void without_a_time_payment_is_required_now() =>
        Given(AssessmentNotice).At("2021-06-06 15:00").When(new RequirePayment(null).Decide).Then(new PaymentRequired(UkTime("2021-06-06 15:00")));

    [Fact]
    public void a_2003_act_episode_has_no_payment_requirement() =>
        Given(AssessmentNoticeAt("2004-01-12 10:00")).When(new RequirePayment(UkTime("2004-01-20 10:00")).Decide)
            .ThenRefused(RefusalKind.RuleBroken, "payment-requirement-not-available").Title.Should().Be("Only Care Act 2014 episodes have payment requirements.");

    [Fact]
    public void a_care_act_notice_replacing_a_2003_one_makes_payment_available() =>
        Given(AssessmentNoticeAt("2015-03-20 10:00"), AssessmentNoticeAt("2015-04-01 10:00")).When(new RequirePayment(UkTime("2015-04-10 10:00")).Decide)
            .Then(new PaymentRequired(UkTime("2015-04-10 10:00")));

    [Fact]
    public void only_the_nhs_body_requires_payment() =>
        Given(AssessmentNotice).By(Council).When(OnTheFifth.Decide).ThenRefused(RefusalKind.NotAParty, "not-a-party");
}
