using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using NodaTime;
using static Discharge.Domain.Tests.Support.Billed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;
using static Discharge.Domain.Tests.Support.TestCouncils;

namespace Discharge.Domain.Tests.Statements;

/// <summary>
/// An issued statement is never rewritten: what its days come to now, against what was billed and already corrected,
/// is carried as adjustment lines on the NHS body's next statement to the council (rules.md §5.1).
/// </summary>
public sealed class when_reconciling_an_issued_statement
{
    private static readonly Guid Dispute = Guid.Parse("9a7c3b1e-2d4f-4e6a-8b0c-1d2e3f4a5b01");

    private static Func<Ledger, DecisionContext, MoneyOutcome> Issue(BillingMonth month) =>
        (books, context) => books.Decide(new IssueStatement(Derby, month), context);

    private static AdjustmentLine Credit(int number, string from, string until, AdjustmentReason reason, Guid? dispute = null)
    {
        var days = Period.DaysBetween(Date(from), Date(until)) + 1;
        return new AdjustmentLine(number, Episode, Patient, February2005Statement, February2005, 1, Date(from), Date(until), days, -100m, days * -100m, reason, dispute);
    }

    /// <summary>The council disputed days of the February statement on 5 Mar 2005 and the NHS body accepted them on 10 Mar.</summary>
    private static void Conceded(Ledger books, params string[] days)
    {
        books.Disputed(February2005Statement, Dispute, Episode, "2005-03-05 10:00", [.. days.Select(Date)]);
        books.Answered(Dispute, new AnswerDispute(DisputeOutcome.Accept, "Agreed: our transport.", null), "2005-03-10 10:00");
    }

    [Fact]
    public void a_discharge_recorded_late_credits_the_days_billed_after_it()
    {
        var episode = DelayedFromFebruary2005();
        var books = February2005Billed(episode);
        episode.Discharged("2005-02-20");

        var issued = Given(books).At("2005-04-01 09:00").When(Issue(March2005)).ThenRecorded<StatementIssued>();

        issued.Lines.Should().BeEmpty();
        issued.Adjustments.Should().Equal(Credit(1, "2005-02-21", "2005-02-28", AdjustmentReason.Recalculated));
        issued.Total.Should().Be(-800m);
    }

    [Fact]
    public void a_conceded_day_is_credited_after_the_months_own_lines()
    {
        var books = February2005Billed(DelayedFromFebruary2005());
        Conceded(books, "2005-02-10", "2005-02-11");

        var issued = Given(books).At("2005-04-01 09:00").When(Issue(March2005)).ThenRecorded<StatementIssued>();

        issued.Lines.Should().ContainSingle().Which.Amount.Should().Be(3100m, "the patient stayed all of March");
        issued.Adjustments.Should().Equal(Credit(2, "2005-02-10", "2005-02-11", AdjustmentReason.DisputeAccepted, Dispute));
        issued.Total.Should().Be(2900m);
    }

    [Fact]
    public void a_day_conceded_and_later_not_chargeable_is_credited_once()
    {
        var episode = DelayedFromFebruary2005();
        var books = February2005Billed(episode);
        Conceded(books, "2005-02-25", "2005-02-26", "2005-02-27", "2005-02-28");
        episode.Discharged("2005-02-20");

        var issued = Given(books).At("2005-04-01 09:00").When(Issue(March2005)).ThenRecorded<StatementIssued>();

        issued.Adjustments.Should().Equal(
            Credit(1, "2005-02-21", "2005-02-24", AdjustmentReason.Recalculated),
            Credit(2, "2005-02-25", "2005-02-28", AdjustmentReason.DisputeAccepted, Dispute));
        issued.Total.Should().Be(-800m, "eight days were billed after the discharge, whatever the dispute gave up");
    }

    [Fact]
    public void a_correction_carried_on_a_statement_is_not_carried_again()
    {
        var episode = DelayedFromFebruary2005();
        var books = February2005Billed(episode);
        episode.Discharged("2005-02-20");
        books.Issued(Derby, March2005, "2005-04-01 09:00");

        Given(books).At("2005-05-01 09:00").When(Issue(new BillingMonth(2005, 4))).ThenRefused(RefusalKind.RuleBroken, "nothing-to-bill");
    }

    [Fact]
    public void a_concession_carried_on_a_statement_is_not_carried_again()
    {
        var books = February2005Billed(DelayedFromFebruary2005());
        Conceded(books, "2005-02-10");
        books.Issued(Derby, March2005, "2005-04-01 09:00");

        Given(books).At("2005-05-01 09:00").When(Issue(new BillingMonth(2005, 4))).ThenRecorded<StatementIssued>().Adjustments.Should().BeEmpty();
    }

    [Fact]
    public void care_act_days_listed_as_not_billed_are_billed_once_payment_is_required()
    {
        var episode = DelayedInMay2016();
        var books = new Ledger().With(Episode, Patient, episode);
        var may = books.Issued(Derby, May2016, "2016-06-01 09:00");
        episode.PaymentRequired("2016-06-03 10:00");

        var issued = Given(books).At("2016-07-01 09:00").When(Issue(new BillingMonth(2016, 6))).ThenRecorded<StatementIssued>();

        issued.Adjustments.Should().Equal(new AdjustmentLine(
            1, Episode, Patient, may.Id, May2016, CorrectsLine: null, Date("2016-05-12"), Date("2016-05-18"), 7, 130m, 910m, AdjustmentReason.Recalculated, Dispute: null));
        issued.Total.Should().Be(910m);
    }

    [Fact]
    public void a_statement_the_engine_still_agrees_with_needs_no_correction()
    {
        var books = February2005Billed(DelayedFromFebruary2005());

        PendingAdjustments.Of(books.StatementOf(February2005Statement), books.AccountWith(Derby).Statements, [], books.ChargesOn(Date("2005-04-01")))
            .Should().BeEmpty();
    }

    [Fact]
    public void an_episode_not_given_is_left_as_billed()
    {
        var episode = DelayedFromFebruary2005();
        var books = February2005Billed(episode);
        episode.Discharged("2005-02-20");

        PendingAdjustments.Of(books.StatementOf(February2005Statement), books.AccountWith(Derby).Statements, [], new Dictionary<Guid, EpisodeCharges>())
            .Should().BeEmpty();
    }
}
