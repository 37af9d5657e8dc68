using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.Billed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;
using static Discharge.Domain.Tests.Support.TestCouncils;

namespace Discharge.Domain.Tests.Statements;

/// <summary>The NHS body bills a council for a month that has ended: the engine's chargeable days for that council, one line per run (rules.md §3.4, §5.3).</summary>
public sealed class when_issuing_a_statement
{
    private static readonly BillingMonth January2005 = new(2005, 1);

    /// <summary>rules.md E10: Derby from Sat 25 Dec 2004 to Mon 3 Jan 2005 at £100, Camden from Tue 4 to Fri 7 Jan at £120.</summary>
    private static Ledger ResidenceMovesOverChristmas() => new Ledger().With(Episode, Patient, For(Derby)
        .AssessmentNotice("2004-12-22 10:00")
        .DischargeNotice("2004-12-22 11:00", proposed: "2004-12-23")
        .ResponsibilityTransferred("2005-01-04", Camden)
        .Discharged("2005-01-07"));

    private static Func<Ledger, DecisionContext, MoneyOutcome> Issue(string council, BillingMonth month) =>
        (books, context) => books.Decide(new IssueStatement(council, month), context);

    private static StatementLine Line(int number, string from, string until, int days, decimal rate, bool afterTransfer = false) => new(
        number, Episode, Patient, Date("2004-12-24"), Regime.Act2003, Date(from), Date(until), days, rate, days * rate,
        "chargeable-2003", Citation(DecisionRules.ChargeableAct2003, Regime.Act2003, afterTransfer), RuleSetName);

    [Fact]
    public void the_first_council_is_billed_its_days_of_the_month_before_the_transfer()
    {
        var id = StatementId.For(NhsBody, Derby, January2005);

        Given(ResidenceMovesOverChristmas()).At("2005-02-01 09:00").When(Issue(Derby, January2005)).Then(new StreamEvent(
            id,
            new StatementIssued(id, NhsBody, Derby, January2005, UkTime("2005-02-01 09:00"), [Line(1, "2005-01-01", "2005-01-03", 3, 100m)], [], [], 300m),
            StartsStream: true));
    }

    [Fact]
    public void the_council_that_took_over_is_billed_from_the_transfer_at_its_own_rate()
    {
        var issued = Given(ResidenceMovesOverChristmas()).At("2005-02-01 09:00").When(Issue(Camden, January2005)).ThenRecorded<StatementIssued>();

        issued.Lines.Should().Equal(Line(1, "2005-01-04", "2005-01-07", 4, 120m, afterTransfer: true));
        issued.Total.Should().Be(480m);
    }

    [Fact]
    public void a_month_billed_to_one_council_leaves_out_the_other_councils_days() =>
        Given(ResidenceMovesOverChristmas()).At("2005-01-05 09:00").When(Issue(Derby, new BillingMonth(2004, 12))).ThenRecorded<StatementIssued>()
            .Lines.Should().Equal(Line(1, "2004-12-25", "2004-12-31", 7, 100m));

    [Fact]
    public void days_the_nhs_itself_caused_split_the_month_into_lines()
    {
        var books = new Ledger().With(Episode, Patient, DelayedFromFebruary2005().NhsServiceAwaited("2005-02-10", "2005-02-12"));

        Given(books).At("2005-03-01 09:00").When(Issue(Derby, February2005)).ThenRecorded<StatementIssued>().Lines
            .Select(l => (l.Number, l.From, l.Until, l.Days, l.Amount, l.RelevantDay))
            .Should().Equal((1, Date("2005-02-04"), Date("2005-02-09"), 6, 600m, Date("2005-02-03")), (2, Date("2005-02-13"), Date("2005-02-28"), 16, 1600m, Date("2005-02-03")));
    }

    [Fact]
    public void care_act_days_without_a_payment_requirement_are_listed_and_not_billed()
    {
        var books = new Ledger()
            .With(Episode, Patient, DelayedInMay2016().PaymentRequired("2016-05-14 10:00"))
            .With(OtherEpisode, OtherPatient, DelayedInMay2016());

        var issued = Given(books).At("2016-06-01 09:00").When(Issue(Derby, May2016)).ThenRecorded<StatementIssued>();

        issued.Lines.Should().Equal(new StatementLine(
            1, Episode, Patient, Date("2016-05-11"), Regime.CareAct2014, Date("2016-05-12"), Date("2016-05-18"), 7, 130m, 910m,
            "chargeable-2014", Citation(DecisionRules.ChargeableOnRequirement, Regime.CareAct2014), RuleSetName));
        issued.NotBilled.Should().Equal(new NotBilledLine(
            OtherEpisode, OtherPatient, Date("2016-05-11"), Date("2016-05-12"), Date("2016-05-18"), 7, 130m, 910m, "potential-2014", RuleSetName));
        issued.Total.Should().Be(910m, "the days the NHS body has not required payment for are not billed");
    }

    [Fact]
    public void a_month_of_only_care_act_days_not_required_is_issued_with_nothing_to_pay() =>
        Given(new Ledger().With(Episode, Patient, DelayedInMay2016())).At("2016-06-01 09:00").When(Issue(Derby, May2016)).ThenRecorded<StatementIssued>()
            .Should().Match<StatementIssued>(s => s.Lines.Count == 0 && s.NotBilled.Count == 1 && s.Total == 0m);

    [Fact]
    public void the_month_can_be_billed_from_midnight_in_london() =>
        Given(new Ledger().With(Episode, Patient, DelayedInMay2016())).At("2016-06-01 00:30").When(Issue(Derby, May2016)).ThenRecorded<StatementIssued>();

    [Fact]
    public void a_month_not_ended_is_refused() =>
        Given(new Ledger().With(Episode, Patient, DelayedInMay2016())).At("2016-05-31 23:30").When(Issue(Derby, May2016))
            .ThenRefused(RefusalKind.RuleBroken, "month-not-ended").Detail.Should().Contain("from 2016-06-01");

    [Fact]
    public void only_the_nhs_body_issues_its_statement() =>
        Given(ResidenceMovesOverChristmas()).By(Derby).At("2005-02-01 09:00").When(Issue(Derby, January2005))
            .ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void a_month_is_issued_once()
    {
        var books = ResidenceMovesOverChristmas();
        books.Issued(Derby, January2005, "2005-02-01 09:00");

        Given(books).At("2005-02-02 09:00").When(Issue(Derby, January2005)).ThenRefused(RefusalKind.OutOfSequence, "statement-already-issued");
    }

    [Fact]
    public void the_same_month_may_still_be_issued_to_the_other_council()
    {
        var books = ResidenceMovesOverChristmas();
        books.Issued(Derby, January2005, "2005-02-01 09:00");

        Given(books).At("2005-02-02 09:00").When(Issue(Camden, January2005)).ThenRecorded<StatementIssued>().Total.Should().Be(480m);
    }

    [Fact]
    public void a_council_with_no_delayed_days_has_nothing_to_bill() =>
        Given(ResidenceMovesOverChristmas()).At("2005-02-01 09:00").When(Issue(Leeds, January2005))
            .ThenRefused(RefusalKind.RuleBroken, "nothing-to-bill");

    [Fact]
    public void a_month_before_the_delay_has_nothing_to_bill() =>
        Given(ResidenceMovesOverChristmas()).At("2005-02-01 09:00").When(Issue(Derby, new BillingMonth(2004, 11)))
            .ThenRefused(RefusalKind.RuleBroken, "nothing-to-bill");

    [Theory]
    [InlineData(Cardiff)]
    [InlineData("E99999999")]
    public void a_council_outside_the_register_is_refused(string council) =>
        Given(ResidenceMovesOverChristmas()).At("2005-02-01 09:00").When(Issue(council, January2005))
            .ThenRefused(RefusalKind.RuleBroken, "unknown-council");
}
