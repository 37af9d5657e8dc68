using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using static Discharge.Domain.Tests.Support.DecisionSpec;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.Recorded;

namespace Discharge.Domain.Tests.Episodes.Decisions;

/// <summary>
/// Facts about a day (care setting, assessment, services in place) are recorded by their party, for a day from the
/// first notice to today, and late too: after the patient left, for days up to the departure.
/// </summary>
public sealed class when_recording_a_fact_about_a_day
{
    [Fact]
    public void the_hospital_records_a_change_of_care_setting() =>
        Given(AssessmentNotice).When(new ChangeCareSetting(Date("2021-06-04"), CareSetting.Rehabilitation).Decide)
            .Then(new CareSettingChanged(Date("2021-06-04"), CareSetting.Rehabilitation));

    [Fact]
    public void the_council_records_its_assessment() =>
        Given(AssessmentNotice).By(Council).When(new CompleteAssessment(Date("2021-06-04"), true, null, true, "Home care four times a day").Decide)
            .Then(new CouncilAssessmentCompleted(Date("2021-06-04"), true, null, true, "Home care four times a day"));

    [Fact]
    public void the_council_records_its_services_in_place() =>
        Given(AssessmentNotice).By(Council).When(new RecordServicesInPlace(Date("2021-06-08")).Decide).Then(new CouncilServicesInPlace(Date("2021-06-08")));

    [Fact]
    public void a_fact_may_be_recorded_after_the_patient_left_for_a_day_up_to_the_departure() =>
        Given(AssessmentNotice, new PatientDischarged(Date("2021-06-10"))).By(Council).When(new RecordServicesInPlace(Date("2021-06-10")).Decide)
            .Then(new CouncilServicesInPlace(Date("2021-06-10")));

    [Fact]
    public void a_day_after_the_patient_left_is_refused() =>
        Given(AssessmentNotice, new PatientDischarged(Date("2021-06-10"))).By(Council).When(new RecordServicesInPlace(Date("2021-06-11")).Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "after-departure").Detail.Should().Be("The patient left on 2021-06-10.");

    [Fact]
    public void a_day_before_the_first_notice_is_refused() =>
        Given(AssessmentNotice).When(new ChangeCareSetting(Date("2021-05-30"), CareSetting.Intermediate).Decide)
            .ThenRefused(RefusalKind.RuleBroken, "date-before-assessment-notice").Detail.Should().Be("date 2021-05-30 is before the assessment notice of 2021-06-01.");

    [Fact]
    public void a_day_in_the_future_is_refused() =>
        Given(AssessmentNotice).By(Council).When(new RecordServicesInPlace(Date("2021-07-01")).Decide)
            .ThenRefused(RefusalKind.RuleBroken, "date-in-future").Detail.Should().Be("date 2021-07-01 has not happened yet: record facts once they have happened.");

    [Fact]
    public void the_hospital_does_not_record_the_councils_facts() =>
        Given(AssessmentNotice).When(new RecordServicesInPlace(Date("2021-06-08")).Decide).ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void the_council_does_not_record_the_hospitals_facts() =>
        Given(AssessmentNotice).By(Council).When(new ChangeCareSetting(Date("2021-06-04"), CareSetting.Rehabilitation).Decide)
            .ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void there_is_no_fact_without_an_episode() =>
        Given().By(Council).When(new RecordServicesInPlace(Date("2021-06-08")).Decide).ThenRefused(RefusalKind.NotFound, "episode-not-found");
}
