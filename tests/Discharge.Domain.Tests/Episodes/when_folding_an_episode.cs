using Discharge.Domain.Episodes;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using NodaTime;

namespace Discharge.Domain.Tests.Episodes;

/// <summary>What each event makes of the episode: the one place its meaning is written.</summary>
public sealed class when_folding_an_episode
{
    private static readonly Guid Id = Guid.Parse("6f1c2a43-1d7e-4c59-9a37-2b8f0c6e4d11");
    private static readonly AssessmentNoticeGiven Assessment = new(UkTime("2021-03-01 10:00"), NhsBody, TestCouncils.Derby);
    private static readonly DischargeNoticeGiven Discharge = new(UkTime("2021-03-02 10:00"), Date("2021-03-10"));

    private static readonly LiabilityFact AssessmentFact = LiabilityFact.Delivered(LiabilityFactKind.AssessmentNoticeGiven, 0, Assessment.DeliveredAt);

    private static LiabilityFact DischargeFact(int index) =>
        LiabilityFact.Delivered(LiabilityFactKind.DischargeNoticeGiven, index, Discharge.DeliveredAt) with { ProposedDischargeDate = Discharge.ProposedDischargeDate };

    [Fact]
    public void each_event_says_once_what_it_means_for_liability_with_its_place_in_the_history()
    {
        var withdrawal = new DischargeNoticeWithdrawn(UkTime("2021-03-03 11:00"));
        var assessmentWithdrawal = new AssessmentNoticeWithdrawn(UkTime("2021-03-03 12:00"));
        var requirement = new PaymentRequired(UkTime("2021-03-04 09:00"));
        var answer = new NoticeAcknowledged(UkTime("2021-03-02 15:00"), NoticeKind.Discharge, NoticeResponse.Accept, null);

        var episode = Episode.From(Id, [
            Assessment, Discharge, answer, withdrawal, assessmentWithdrawal, requirement,
            new CouncilServicesInPlace(Date("2021-03-05")),
            new CareSettingChanged(Date("2021-03-06"), CareSetting.Rehabilitation),
            new ResponsibilityTransferred(Date("2021-03-07"), TestCouncils.Leeds),
            new NhsServiceAwaited(Date("2021-03-08"), Date("2021-03-09")),
            new DelayedByPatientChoice(Date("2021-03-10"), Date("2021-03-11")),
            new PatientSelfDischarged(Date("2021-03-12"))]);

        episode.LiabilityFacts().Should().Equal(
            AssessmentFact,
            DischargeFact(index: 1),
            LiabilityFact.Delivered(LiabilityFactKind.DischargeNoticeWithdrawn, 3, withdrawal.DeliveredAt),
            LiabilityFact.Delivered(LiabilityFactKind.AssessmentNoticeWithdrawn, 4, assessmentWithdrawal.DeliveredAt),
            LiabilityFact.Delivered(LiabilityFactKind.PaymentRequired, 5, requirement.DeliveredAt),
            LiabilityFact.Dated(LiabilityFactKind.ServicesInPlace, 6, Date("2021-03-05")),
            LiabilityFact.Dated(LiabilityFactKind.CareSettingChanged, 7, Date("2021-03-06")) with { Setting = CareSetting.Rehabilitation },
            LiabilityFact.Dated(LiabilityFactKind.ResponsibilityTransferred, 8, Date("2021-03-07")) with { Council = TestCouncils.Leeds },
            LiabilityFact.Span(LiabilityFactKind.NhsServiceAwaited, 9, Date("2021-03-08"), Date("2021-03-09")),
            LiabilityFact.Span(LiabilityFactKind.PatientChoice, 10, Date("2021-03-10"), Date("2021-03-11")),
            LiabilityFact.Dated(LiabilityFactKind.Departure, 11, Date("2021-03-12")) with { How = DepartureKind.SelfDischarged });
    }

    [Fact]
    public void the_first_completed_assessment_dates_the_assessment()
    {
        var episode = Episode.From(Id, [
            Assessment,
            new CouncilAssessmentCompleted(Date("2021-03-03"), PatientHasNeeds: true, CarerHasNeeds: null, NeedsEligible: true, Plan: null),
            new CouncilAssessmentCompleted(Date("2021-03-05"), PatientHasNeeds: true, CarerHasNeeds: null, NeedsEligible: true, Plan: "Revised")]);

        episode.AssessedOn.Should().Be(Date("2021-03-03"));
        episode.LiabilityFacts().Should().Equal(AssessmentFact);
    }

    [Fact]
    public void nothing_recorded_is_no_episode()
    {
        var episode = Episode.From(Id, []);

        episode.Exists.Should().BeFalse();
        episode.Header.Should().BeNull();
        episode.LiabilityFacts().Should().BeEmpty();
    }

    [Fact]
    public void the_first_assessment_notice_names_the_parties_and_a_renewal_drops_the_discharge_notice()
    {
        var renewal = new AssessmentNoticeGiven(UkTime("2021-03-05 09:00"), NhsBody, TestCouncils.Derby);

        var episode = Episode.From(Id, [Assessment, Discharge, renewal]);

        episode.Header.Should().Be(new EpisodeHeader(NhsBody, TestCouncils.Derby));
        episode.AssessmentNotice.Should().Be(renewal);
        episode.DischargeNotice.Should().BeNull();
        episode.FirstNoticeAt.Should().Be(Assessment.DeliveredAt);
        episode.AssessmentNoticesDeliveredAt.Should().Equal(Assessment.DeliveredAt, renewal.DeliveredAt);
    }

    [Fact]
    public void withdrawing_the_assessment_notice_withdraws_the_discharge_notice_with_it()
    {
        var withdrawal = new AssessmentNoticeWithdrawn(UkTime("2021-03-03 11:00"), "02");

        var episode = Episode.From(Id, [Assessment, Discharge, withdrawal]);

        episode.AssessmentNotice.Should().BeNull();
        episode.DischargeNotice.Should().BeNull();
        episode.LastWithdrawalAt.Should().Be(withdrawal.DeliveredAt);
    }

    [Fact]
    public void a_death_closes_the_episode_on_its_day()
    {
        var episode = Episode.From(Id, [Assessment, Discharge, new PatientDied(Date("2021-03-12"))]);

        episode.Departure.Should().Be(new Departure(DepartureKind.Died, Date("2021-03-12")));
        episode.DepartedOn.Should().Be(Date("2021-03-12"));
    }

    [Fact]
    public void a_transfer_makes_the_new_council_responsible()
    {
        var episode = Episode.From(Id, [Assessment, new ResponsibilityTransferred(Date("2021-03-04"), TestCouncils.Leeds)]);

        episode.TransferredTo.Should().Be(TestCouncils.Leeds);
        episode.ResponsibleCouncil.Should().Be(TestCouncils.Leeds);
        episode.Header!.Council.Should().Be(TestCouncils.Derby);
        episode.Councils.Should().Equal([TestCouncils.Derby, TestCouncils.Leeds], "the council that handed over still owes the days before");
    }

    [Fact]
    public void an_nhs_service_awaited_and_then_available_is_a_closed_wait_for_the_engine()
    {
        var episode = Episode.From(Id, [Assessment, new NhsServiceAwaitingStarted(Date("2021-03-04")), Discharge, new NhsServiceBecameAvailable(Date("2021-03-08"))]);

        episode.NhsServiceAwaitedFrom.Should().BeNull();
        episode.LiabilityFacts().Should().Equal(
            AssessmentFact, DischargeFact(index: 2), LiabilityFact.Span(LiabilityFactKind.NhsServiceAwaited, 1, Date("2021-03-04"), Date("2021-03-07")));
    }

    [Fact]
    public void an_nhs_service_still_awaited_runs_to_the_end_for_the_engine()
    {
        var episode = Episode.From(Id, [Assessment, new NhsServiceAwaitingStarted(Date("2021-03-04")), Discharge]);

        episode.NhsServiceAwaitedFrom.Should().Be(Date("2021-03-04"));
        episode.LiabilityFacts().Should().Equal(
            AssessmentFact, DischargeFact(index: 2), LiabilityFact.Span(LiabilityFactKind.NhsServiceAwaited, 1, Date("2021-03-04"), LocalDate.MaxIsoValue));
    }

    [Fact]
    public void liability_recorded_as_started_is_known_by_its_relevant_day_and_means_nothing_to_the_engine()
    {
        var started = new LiabilityStarted(Date("2021-03-10"), Date("2021-03-11"), TestCouncils.Derby);

        var episode = Episode.From(Id, [Assessment, Discharge, started]);

        episode.LiabilityStartedAfter(Date("2021-03-10")).Should().BeTrue();
        episode.LiabilityStartedAfter(Date("2021-03-11")).Should().BeFalse();
        episode.LiabilityFacts().Should().Equal(AssessmentFact, DischargeFact(index: 1));
    }

    [Fact]
    public void each_answer_to_a_notice_is_kept_with_the_version_that_recorded_it()
    {
        var rejected = new NoticeAcknowledged(UkTime("2021-03-02 15:00"), NoticeKind.Discharge, NoticeResponse.Reject, "Wrong patient");
        var accepted = new NoticeAcknowledged(UkTime("2021-03-03 09:00"), NoticeKind.Assessment, NoticeResponse.Accept, null);

        var episode = Episode.From(Id, [Assessment, Discharge, rejected, new CouncilServicesInPlace(Date("2021-03-04")), accepted]);

        episode.Version.Should().Be(5);
        episode.Acknowledgements.Should().Equal((3L, rejected), (5L, accepted));
        episode.DischargeNotice.Should().Be(Discharge, "a rejection never cancels the notice");
    }
}
