using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using static Discharge.Domain.Tests.Support.DecisionSpec;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.Recorded;

namespace Discharge.Domain.Tests.Episodes.Decisions;

/// <summary>The hospital records a wait for an NHS service, closed or open-ended, and the day an open one ends (notes 35).</summary>
public sealed class when_an_nhs_service_is_awaited
{
    [Fact]
    public void a_wait_with_a_known_end_is_recorded_as_a_range() =>
        Given(AssessmentNotice).When(new RecordNhsServiceAwaited(Date("2021-06-03"), Date("2021-06-05")).Decide)
            .Then(new NhsServiceAwaited(Date("2021-06-03"), Date("2021-06-05")));

    [Fact]
    public void an_open_wait_is_recorded_as_started() =>
        Given(AssessmentNotice).When(new RecordNhsServiceAwaited(Date("2021-06-03"), null).Decide).Then(new NhsServiceAwaitingStarted(Date("2021-06-03")));

    [Fact]
    public void an_open_wait_cannot_start_while_another_is_open() =>
        Given(AssessmentNotice, new NhsServiceAwaitingStarted(Date("2021-06-03"))).When(new RecordNhsServiceAwaited(Date("2021-06-04"), null).Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "nhs-service-already-awaited").Detail.Should().Be("Awaited since 2021-06-03: record it available first.");

    [Fact]
    public void a_closed_wait_may_be_recorded_while_another_is_open() =>
        Given(AssessmentNotice, new NhsServiceAwaitingStarted(Date("2021-06-03"))).When(new RecordNhsServiceAwaited(Date("2021-06-04"), Date("2021-06-04")).Decide)
            .Then(new NhsServiceAwaited(Date("2021-06-04"), Date("2021-06-04")));

    [Fact]
    public void the_open_wait_ends_when_the_service_becomes_available() =>
        Given(AssessmentNotice, new NhsServiceAwaitingStarted(Date("2021-06-03"))).When(new RecordNhsServiceAvailable(Date("2021-06-07")).Decide)
            .Then(new NhsServiceBecameAvailable(Date("2021-06-07")));

    [Fact]
    public void a_service_is_available_only_after_a_wait_was_recorded() =>
        Given(AssessmentNotice).When(new RecordNhsServiceAvailable(Date("2021-06-07")).Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "no-nhs-service-awaited").Detail.Should().Be("Record the service awaited first.");

    [Fact]
    public void a_wait_that_ended_cannot_end_again() =>
        Given(AssessmentNotice, new NhsServiceAwaitingStarted(Date("2021-06-03")), new NhsServiceBecameAvailable(Date("2021-06-05")))
            .When(new RecordNhsServiceAvailable(Date("2021-06-07")).Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "no-nhs-service-awaited");

    [Fact]
    public void a_service_cannot_become_available_before_it_was_awaited() =>
        Given(AssessmentNotice, new NhsServiceAwaitingStarted(Date("2021-06-05"))).When(new RecordNhsServiceAvailable(Date("2021-06-04")).Decide)
            .ThenRefused(RefusalKind.RuleBroken, "available-before-awaited").Detail.Should().Be("Awaited from 2021-06-05.");

    [Fact]
    public void the_council_does_not_record_the_nhs_service() =>
        Given(AssessmentNotice).By(Council).When(new RecordNhsServiceAwaited(Date("2021-06-03"), null).Decide).ThenRefused(RefusalKind.NotAParty, "not-a-party");
}
