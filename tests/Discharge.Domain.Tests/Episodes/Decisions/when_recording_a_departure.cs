using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using static Discharge.Domain.Tests.Support.DecisionSpec;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.Recorded;

namespace Discharge.Domain.Tests.Episodes.Decisions;

/// <summary>The hospital records that the patient left: discharged, self-discharged or died. It closes the episode.</summary>
public sealed class when_recording_a_departure
{
    private static Func<Episode, DecisionContext, Outcome> Departure(DepartureKind how, string on) =>
        (episode, context) => new RecordDeparture(Date(on)).Decide(how, episode, context);

    [Fact]
    public void a_discharge_is_recorded_on_its_day() =>
        Given(AssessmentNotice, DischargeNotice).When(Departure(DepartureKind.Discharged, "2021-06-10")).Then(new PatientDischarged(Date("2021-06-10")));

    [Fact]
    public void a_self_discharge_is_recorded_on_its_day() =>
        Given(AssessmentNotice).When(Departure(DepartureKind.SelfDischarged, "2021-06-03")).Then(new PatientSelfDischarged(Date("2021-06-03")));

    [Fact]
    public void a_death_is_recorded_on_its_day() =>
        Given(AssessmentNotice).When(Departure(DepartureKind.Died, "2021-06-03")).Then(new PatientDied(Date("2021-06-03")));

    [Fact]
    public void there_is_no_episode_without_an_assessment_notice() =>
        Given().When(Departure(DepartureKind.Discharged, "2021-06-10")).ThenRefused(RefusalKind.NotFound, "episode-not-found")
            .Detail.Should().Be($"Episode {EpisodeId} has no assessment notice. An episode starts with POST /episodes/{{id}}/assessment-notice.");

    [Fact]
    public void a_second_departure_is_refused_because_the_episode_closed() =>
        Given(AssessmentNotice, new PatientDied(Date("2021-06-05"))).When(Departure(DepartureKind.Discharged, "2021-06-06"))
            .ThenRefused(RefusalKind.OutOfSequence, "episode-closed")
            .Detail.Should().Be("The episode closed on 2021-06-05 (discharge, self-discharge or death). Nothing can be recorded after it.");

    [Fact]
    public void only_the_nhs_body_records_it() =>
        Given(AssessmentNotice).By(Council).When(Departure(DepartureKind.Discharged, "2021-06-10"))
            .ThenRefused(RefusalKind.NotAParty, "not-a-party")
            .Detail.Should().Be("Only the NHS body of this episode (RTG) may; the request came from E06000015.");

    [Fact]
    public void a_day_before_the_assessment_notice_is_refused() =>
        Given(AssessmentNotice).When(Departure(DepartureKind.Discharged, "2021-05-31"))
            .ThenRefused(RefusalKind.RuleBroken, "date-before-assessment-notice")
            .Detail.Should().Be("on 2021-05-31 is before the assessment notice of 2021-06-01.");

    [Fact]
    public void a_day_after_today_is_refused() =>
        Given(AssessmentNotice).At("2021-06-30 23:30").When(Departure(DepartureKind.Discharged, "2021-07-01"))
            .ThenRefused(RefusalKind.RuleBroken, "date-in-future")
            .Detail.Should().Be("on 2021-07-01 has not happened yet: record facts once they have happened.");

    [Fact]
    public void today_is_not_in_the_future() =>
        Given(AssessmentNotice).At("2021-06-30 00:30").When(Departure(DepartureKind.Discharged, "2021-06-30")).Then(new PatientDischarged(Date("2021-06-30")));
}
