using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.Billed;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.MoneySpec;
using static Discharge.Domain.Tests.Support.TestCouncils;

namespace Discharge.Domain.Tests.Statements;

/// <summary>The council pays against a statement; a disputed charge stays payable, overpaying does not (rules.md §5.1).</summary>
public sealed class when_recording_a_payment
{
    /// <summary>February 2005 billed to Derby on 1 Mar 2005: 25 days, £2,500.</summary>
    private static readonly StatementIssued February = February2005Billed(DelayedFromFebruary2005()).StatementOf(February2005Statement).Issued;

    private static Func<Statement?, DecisionContext, MoneyOutcome> Pay(decimal amount, string? paidOn = "2005-03-20") =>
        (statement, context) => new RecordPayment(amount, paidOn is null ? null : Date(paidOn), "BACS 7731").Decide(February.StatementId, statement, context);

    private static PaymentRecorded Paid(decimal amount, string paidOn) => new(amount, Date(paidOn), "BACS 7731", UkTime("2005-03-20 09:00"));

    [Fact]
    public void the_council_pays_part_of_a_statement() =>
        Given(February).By(Derby).At("2005-03-21 09:00").When(Pay(1000m))
            .Then(new StreamEvent(February.StatementId, new PaymentRecorded(1000m, Date("2005-03-20"), "BACS 7731", UkTime("2005-03-21 09:00"))));

    [Fact]
    public void the_council_pays_what_is_outstanding_after_an_earlier_payment() =>
        Given(February, Paid(1000m, "2005-03-10")).By(Derby).At("2005-03-21 09:00").When(Pay(1500m)).ThenRecorded<PaymentRecorded>().Amount.Should().Be(1500m);

    [Fact]
    public void without_a_date_the_payment_is_made_today() =>
        Given(February).By(Derby).At("2005-03-21 09:00").When(Pay(100m, paidOn: null)).ThenRecorded<PaymentRecorded>().PaidOn.Should().Be(Date("2005-03-21"));

    [Fact]
    public void a_disputed_statement_is_still_payable() =>
        Given(February, new DisputeLodged(Guid.Parse("9a7c3b1e-2d4f-4e6a-8b0c-1d2e3f4a5b09"), Episode, [Date("2005-02-10")])).By(Derby).At("2005-03-21 09:00").When(Pay(2500m))
            .ThenRecorded<PaymentRecorded>();

    [Fact]
    public void paying_more_than_is_outstanding_is_refused() =>
        Given(February, Paid(1000m, "2005-03-10")).By(Derby).At("2005-03-21 09:00").When(Pay(1500.01m))
            .ThenRefused(RefusalKind.RuleBroken, "payment-exceeds-outstanding").Detail.Should().Contain("£1500.00 outstanding");

    [Fact]
    public void a_payment_dated_before_the_statement_was_issued_is_refused() =>
        Given(February).By(Derby).At("2005-03-21 09:00").When(Pay(100m, paidOn: "2005-02-28")).ThenRefused(RefusalKind.RuleBroken, "paid-before-issue");

    [Fact]
    public void a_payment_on_the_day_of_issue_is_accepted() =>
        Given(February).By(Derby).At("2005-03-21 09:00").When(Pay(100m, paidOn: "2005-03-01")).ThenRecorded<PaymentRecorded>();

    [Fact]
    public void a_payment_dated_in_the_future_is_refused() =>
        Given(February).By(Derby).At("2005-03-21 09:00").When(Pay(100m, paidOn: "2005-03-22")).ThenRefused(RefusalKind.RuleBroken, "date-in-future");

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void a_payment_of_nothing_or_less_is_refused(decimal amount) =>
        Given(February).By(Derby).At("2005-03-21 09:00").When(Pay(amount)).ThenRefused(RefusalKind.RuleBroken, "payment-not-positive");

    [Theory]
    [InlineData(NhsBody)]
    [InlineData(Leeds)]
    public void only_the_council_billed_records_a_payment(string sender) =>
        Given(February).By(sender).At("2005-03-21 09:00").When(Pay(100m)).ThenRefused(RefusalKind.NotAParty, "not-a-party");

    [Fact]
    public void a_payment_against_a_statement_never_issued_is_refused() =>
        Given(Array.Empty<IStatementEvent>()).By(Derby).At("2005-03-21 09:00").When(Pay(100m)).ThenRefused(RefusalKind.NotFound, "statement-not-found");
}
