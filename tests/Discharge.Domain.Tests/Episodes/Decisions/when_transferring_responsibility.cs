using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using static Discharge.Domain.Tests.Support.DecisionSpec;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.Recorded;

namespace Discharge.Domain.Tests.Episodes.Decisions;

/// <summary>Another council takes over from a day (ordinary residence: 2003 reg 18, 2014 reg 12).</summary>
public sealed class when_transferring_responsibility
{
    private static Func<Episode, DecisionContext, Outcome> Transfer(string to, string on = "2021-06-04") => new TransferResponsibility(Date(on), to).Decide;

    [Fact]
    public void the_responsible_council_hands_over_to_another() =>
        Given(AssessmentNotice).By(Council).When(Transfer(TestCouncils.Leeds)).Then(new ResponsibilityTransferred(Date("2021-06-04"), TestCouncils.Leeds));

    [Fact]
    public void the_council_taking_over_may_hand_over_again() =>
        Given(AssessmentNotice, new ResponsibilityTransferred(Date("2021-06-04"), TestCouncils.Leeds)).By(TestCouncils.Leeds).When(Transfer(TestCouncils.Camden, "2021-06-06"))
            .Then(new ResponsibilityTransferred(Date("2021-06-06"), TestCouncils.Camden));

    [Fact]
    public void a_transfer_to_the_council_already_responsible_is_refused() =>
        Given(AssessmentNotice, new ResponsibilityTransferred(Date("2021-06-04"), TestCouncils.Leeds)).By(TestCouncils.Leeds).When(Transfer(TestCouncils.Leeds, "2021-06-06"))
            .ThenRefused(RefusalKind.RuleBroken, "transfer-to-same-council").Detail.Should().Be("A transfer names another council.");

    [Fact]
    public void a_transfer_to_a_welsh_council_is_refused_by_the_register() =>
        Given(AssessmentNotice).By(Council).When(Transfer(TestCouncils.Cardiff))
            .ThenRefused(RefusalKind.RuleBroken, "unknown-council").Title.Should().Be("The council is not an English council with social services responsibilities on that day.");

    [Fact]
    public void a_transfer_to_a_council_code_out_of_use_that_day_is_refused() =>
        Given(AssessmentNotice).By(Council).When(Transfer(TestCouncils.GatesheadBefore2013))
            .ThenRefused(RefusalKind.RuleBroken, "unknown-council");

    [Fact]
    public void the_hospital_does_not_transfer_responsibility() =>
        Given(AssessmentNotice).When(Transfer(TestCouncils.Leeds)).ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void a_transfer_to_a_code_outside_the_register_is_refused() =>
        Given(AssessmentNotice).By(Council).When(Transfer("E99999999")).ThenRefused(RefusalKind.RuleBroken, "unknown-council");
}
