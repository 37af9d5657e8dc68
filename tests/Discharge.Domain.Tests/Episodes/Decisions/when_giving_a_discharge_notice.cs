using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Contents;
using Discharge.Domain.Episodes.Decisions;
using static Discharge.Domain.Tests.Support.DecisionSpec;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.Recorded;

namespace Discharge.Domain.Tests.Episodes.Decisions;

/// <summary>
/// The NHS body proposes a discharge day (2003 s.5(3); Sch 3 para 2), after the assessment notice in force, under its
/// regime, at least a day before the proposed date, with the contents its regime requires.
/// </summary>
public sealed class when_giving_a_discharge_notice
{
    private static readonly DischargeNoticeContents Contents = new(new LiaisonPerson("Sam Jones", "01332 340131", null), PatientAndCarerInformed: true, "District nursing twice a week");

    private static GiveDischargeNotice Notice(string ukTime, string proposed) => new(
        UkTime(ukTime), Date(proposed), DescribesItselfAsNotice: true, PatientAndCarerInformed: true, "District nursing twice a week", new LiaisonPart("Sam Jones", "01332 340131", null));

    [Fact]
    public void the_notice_is_recorded_with_what_it_said() =>
        Given(AssessmentNotice).When(Notice("2021-06-02 10:00", "2021-06-10").Decide)
            .Then(new DischargeNoticeGiven(UkTime("2021-06-02 10:00"), Date("2021-06-10"), Contents));

    [Fact]
    public void there_is_no_episode_to_give_it_in_without_an_assessment_notice() =>
        Given().When(Notice("2021-06-02 10:00", "2021-06-10").Decide).ThenRefused(RefusalKind.NotFound, "episode-not-found");

    [Fact]
    public void it_follows_an_assessment_notice_in_force() =>
        Given(AssessmentNotice, new AssessmentNoticeWithdrawn(UkTime("2021-06-01 11:00"))).When(Notice("2021-06-02 10:00", "2021-06-10").Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "no-assessment-notice-in-force")
            .Detail.Should().Be("A discharge notice follows an assessment notice (2003 s.5(3); Sch 3 para 2(1)).");

    [Fact]
    public void a_second_one_waits_for_the_first_to_be_withdrawn() =>
        Given(AssessmentNotice, DischargeNotice).When(Notice("2021-06-03 10:00", "2021-06-12").Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "discharge-notice-in-force");

    [Fact]
    public void a_fresh_one_follows_the_withdrawal_of_the_first() =>
        Given(AssessmentNotice, DischargeNotice, new DischargeNoticeWithdrawn(UkTime("2021-06-03 09:00"))).When(Notice("2021-06-03 10:00", "2021-06-12").Decide)
            .Then(new DischargeNoticeGiven(UkTime("2021-06-03 10:00"), Date("2021-06-12"), Contents));

    [Fact]
    public void it_cannot_be_dated_before_the_assessment_notice() =>
        Given(AssessmentNotice).When(Notice("2021-06-01 09:00", "2021-06-10").Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "discharge-notice-before-assessment-notice")
            .Detail.Should().Be($"The assessment notice was delivered at {AssessmentNotice.DeliveredAt}; a discharge notice cannot precede it.");

    [Fact]
    public void it_cannot_be_dated_before_the_withdrawal_of_the_notice_it_replaces() =>
        Given(AssessmentNotice, DischargeNotice, new DischargeNoticeWithdrawn(UkTime("2021-06-03 09:00"))).When(Notice("2021-06-02 12:00", "2021-06-12").Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "discharge-notice-before-withdrawal");

    [Fact]
    public void a_2003_assessment_notice_carries_no_care_act_discharge_notice() =>
        Given(AssessmentNoticeAt("2015-03-20 10:00")).When(Notice("2015-04-01 10:00", "2015-04-10").Decide)
            .ThenRefused(RefusalKind.RuleBroken, "regime-changed").Title.Should().Be("The assessment notice in force was given under another regime.");

    [Fact]
    public void the_responsible_council_must_still_be_in_the_register() =>
        Given(new AssessmentNoticeGiven(UkTime("2013-03-28 10:00"), NhsBody, TestCouncils.GatesheadBefore2013)).At("2013-04-02 12:00")
            .When(Notice("2013-04-02 10:00", "2013-04-10").Decide)
            .ThenRefused(RefusalKind.RuleBroken, "unknown-council");

    [Fact]
    public void a_care_act_notice_states_the_nhs_services_after_discharge() =>
        Given(AssessmentNotice).When((Notice("2021-06-02 10:00", "2021-06-10") with { NhsServicesAfterDischarge = " " }).Decide)
            .ThenRefused(RefusalKind.RuleBroken, "statutory-contents-missing")
            .Fields.Should().BeEquivalentTo(new Dictionary<string, string[]>
            {
                ["nhsServicesAfterDischarge"] = ["The NHS services the patient will receive after discharge, or 'none', must be stated (Sch 3 para 2(3))."],
            });

    [Fact]
    public void after_the_cut_off_it_counts_from_the_next_day_and_is_too_late_for_the_day_after() =>
        Given(AssessmentNotice).When(Notice("2021-06-02 15:00", "2021-06-03").Decide)
            .ThenRefused(RefusalKind.RuleBroken, "discharge-notice-too-late")
            .Detail.Should().Be("It counts as given on 2021-06-03 (after the 14:00 cut-off a notice counts from the next day), so the earliest lawful proposed date is 2021-06-04 (2003 reg 5(1)(a); 2014 reg 5; docs/rules.md §7, A5).");

    [Fact]
    public void only_the_nhs_body_gives_it() =>
        Given(AssessmentNotice).By(Council).When(Notice("2021-06-02 10:00", "2021-06-10").Decide).ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void no_discharge_notice_is_given_after_the_patient_left() =>
        Given(AssessmentNotice, new PatientDischarged(Date("2021-06-02"))).When(Notice("2021-06-03 10:00", "2021-06-10").Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "episode-closed");
}
