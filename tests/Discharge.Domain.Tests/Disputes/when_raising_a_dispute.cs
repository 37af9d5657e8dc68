using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using NodaTime;
using static Discharge.Domain.Tests.Support.Billed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;
using static Discharge.Domain.Tests.Support.TestCouncils;

namespace Discharge.Domain.Tests.Disputes;

/// <summary>The council disputes billed days of one episode, on fixed grounds; a day is disputed once (rules.md §5).</summary>
public sealed class when_raising_a_dispute
{
    private static readonly Guid DisputeId = Disputed.Id;
    private static readonly StatementIssued February = Disputed.February2005;

    private static Func<Statement?, DecisionContext, MoneyOutcome> Dispute(Guid episode, params string[] days) =>
        (statement, context) => new RaiseDispute(episode, DisputeGrounds.DefectiveNotice, "The discharge notice gave no date.", [.. days.Select(Date)])
            .Decide(DisputeId, February.StatementId, statement, context);

    private static Func<Statement?, DecisionContext, MoneyOutcome> Dispute(params string[] days) => Dispute(Episode, days);

    private static StreamEvent[] Recorded(params LocalDate[] days) =>
    [
        new(February.StatementId, new DisputeLodged(DisputeId, Episode, days)),
        new(DisputeId, new DisputeRaised(
            DisputeId, February.StatementId, NhsBody, Derby, February2005, Episode, Patient, Regime.Act2003, DisputeGrounds.DefectiveNotice,
            "The discharge notice gave no date.", [.. days.Select(d => new DisputedDay(d, 1, 100m))], UkTime("2005-03-05 10:00")),
            StartsStream: true),
    ];

    [Fact]
    public void naming_no_day_disputes_every_day_of_the_episode_on_the_statement() =>
        Given(February).By(Derby).At("2005-03-05 10:00").When(Dispute()).Then(Recorded(Dates("2005-02-04", "2005-02-28")));

    [Fact]
    public void the_days_named_are_disputed_once_each_in_date_order() =>
        Given(February).By(Derby).At("2005-03-05 10:00").When(Dispute("2005-02-11", "2005-02-10", "2005-02-11"))
            .Then(Recorded(Date("2005-02-10"), Date("2005-02-11")));

    [Fact]
    public void a_day_the_statement_did_not_bill_is_refused() =>
        Given(February).By(Derby).At("2005-03-05 10:00").When(Dispute("2005-02-03", "2005-02-04"))
            .ThenRefused(RefusalKind.RuleBroken, "not-on-statement").Detail.Should().StartWith("days: 2005-02-03 not billed");

    [Fact]
    public void an_episode_the_statement_does_not_bill_is_refused() =>
        Given(February).By(Derby).At("2005-03-05 10:00").When(Dispute(OtherEpisode)).ThenRefused(RefusalKind.RuleBroken, "not-on-statement");

    [Fact]
    public void a_day_already_disputed_is_refused() =>
        Given(February, new DisputeLodged(Guid.Parse("9a7c3b1e-2d4f-4e6a-8b0c-1d2e3f4a5b11"), Episode, [Date("2005-02-11")]))
            .By(Derby).At("2005-03-06 10:00").When(Dispute("2005-02-10", "2005-02-11"))
            .ThenRefused(RefusalKind.OutOfSequence, "already-disputed").Detail.Should().StartWith("2005-02-11 (dispute 9a7c3b1e");

    [Fact]
    public void other_days_of_a_disputed_episode_may_still_be_disputed() =>
        Given(February, new DisputeLodged(Guid.Parse("9a7c3b1e-2d4f-4e6a-8b0c-1d2e3f4a5b11"), Episode, [Date("2005-02-11")]))
            .By(Derby).At("2005-03-05 10:00").When(Dispute("2005-02-10")).Then(Recorded(Date("2005-02-10")));

    [Theory]
    [InlineData(NhsBody)]
    [InlineData(Leeds)]
    public void only_the_council_billed_disputes(string sender) =>
        Given(February).By(sender).At("2005-03-05 10:00").When(Dispute("2005-02-10")).ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void a_statement_never_issued_cannot_be_disputed() =>
        Given(Array.Empty<IStatementEvent>()).By(Derby).At("2005-03-05 10:00").When(Dispute("2005-02-10")).ThenRefused(RefusalKind.NotFound, "statement-not-found");

    [Fact]
    public void a_care_act_dispute_carries_its_regime() =>
        Disputed.CareAct2014.Should().Match<DisputeRaised>(d => d.Regime == Regime.CareAct2014 && d.Days.Count == 7 && d.Days.All(day => day.Amount == 130m));
}
