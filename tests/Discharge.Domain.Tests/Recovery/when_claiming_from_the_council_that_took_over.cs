using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Recovery;
using Discharge.Domain.Statements;
using Discharge.Domain.Tests.Support;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;

namespace Discharge.Domain.Tests.Recovery;

/// <summary>
/// The council first notified recovers from the council that took over what it was billed for the days before the
/// switch (2003 Regs reg 18(4); A7), once; the council that took over answers as an NHS body answers a dispute.
/// </summary>
public sealed class when_claiming_from_the_council_that_took_over
{
    /// <summary>Billed.DelayedFromFebruary2005 (4–28 Feb chargeable to Derby), handed to Leeds from 21 Feb after February was billed.</summary>
    private static (Episode Episode, Statement February) HandedOverAfterBilling()
    {
        var episode = Billed.DelayedFromFebruary2005();
        var books = Billed.February2005Billed(episode);
        episode.ResponsibilityTransferred("2005-02-21", TestCouncils.Leeds);
        return (Episode.From(Billed.Episode, episode.Events), books.StatementOf(StatementId.For(EpisodeBuilder.NhsBody, TestCouncils.Derby, Billed.February2005)));
    }

    private static MoneyOutcome Claim(Episode episode, IReadOnlyList<Statement> billed, bool claimedBefore = false, string by = TestCouncils.Derby) =>
        new ClaimRecovery(episode.Id, "Resident in Leeds.").Decide(episode, billed, claimedBefore, Decisions.By(by, "2005-03-10 09:00"));

    [Fact]
    public void the_claim_is_every_day_billed_before_the_switch_at_what_was_billed()
    {
        var (episode, february) = HandedOverAfterBilling();

        var claimed = (RecoveryClaimed)Claim(episode, [february]).Events.Single().Event;

        (claimed.Claimant, claimed.Respondent, claimed.TransferredOn).Should().Be((TestCouncils.Derby, TestCouncils.Leeds, Date("2005-02-21")));
        claimed.Days.Select(d => d.Date).Should().Equal(Enumerable.Range(4, 17).Select(day => Date($"2005-02-{day:D2}")));
        claimed.Days.Should().OnlyContain(d => d.Amount == 100m && d.StatementId == february.Id && d.Line == 1);
    }

    [Fact]
    public void only_the_council_first_notified_claims_and_only_once()
    {
        var (episode, february) = HandedOverAfterBilling();

        Decisions.ShouldBeRefused(Claim(episode, [february], by: TestCouncils.Leeds).Refusal, [], RefusalKind.NotAParty, "not-a-party");
        Decisions.ShouldBeRefused(Claim(episode, [february], claimedBefore: true).Refusal, [], RefusalKind.OutOfSequence, "already-claimed");
    }

    [Fact]
    public void there_is_nothing_to_claim_without_a_transfer_or_a_bill()
    {
        var episode = Billed.DelayedFromFebruary2005();
        var february = Billed.February2005Billed(episode).StatementOf(StatementId.For(EpisodeBuilder.NhsBody, TestCouncils.Derby, Billed.February2005));

        Decisions.ShouldBeRefused(Claim(Episode.From(Billed.Episode, episode.Events), [february]).Refusal, [], RefusalKind.RuleBroken, "no-transfer-of-responsibility");
        episode.ResponsibilityTransferred("2005-02-21", TestCouncils.Leeds);
        Decisions.ShouldBeRefused(Claim(Episode.From(Billed.Episode, episode.Events), []).Refusal, [], RefusalKind.RuleBroken, "nothing-billed");
    }

    [Fact]
    public void the_council_that_took_over_accepts_part_and_repays_those_days()
    {
        var (episode, february) = HandedOverAfterBilling();
        var claim = RecoveryClaim.From(Claim(episode, [february]).Events.Select(e => e.Event))!;
        var answer = new AnswerRecoveryClaim(DisputeOutcome.AcceptPart, "Resident from the 14th.", [Date("2005-02-14"), Date("2005-02-15")]);

        claim.Evolve(answer.Decide(claim.Id, claim, Decisions.By(TestCouncils.Leeds, "2005-03-20 09:00")).Events.Single().Event);

        claim.AcceptedAmount.Should().Be(200m);
        Decisions.ShouldBeRefused(answer.Decide(claim.Id, claim, Decisions.By(TestCouncils.Leeds, "2005-03-21 09:00")).Refusal, [], RefusalKind.OutOfSequence, "recovery-claim-already-answered");
        Decisions.ShouldBeRefused(
            new AnswerRecoveryClaim(DisputeOutcome.Accept, null, null).Decide(claim.Id, claim, Decisions.By(TestCouncils.Derby, "2005-03-21 09:00")).Refusal,
            [], RefusalKind.NotAParty, "not-a-party");
    }
}
