using Discharge.Domain.Episodes.Decisions;
using NodaTime;

namespace Discharge.Domain.Statements;

/// <summary>
/// The council records a payment against a statement. A disputed charge stays payable (rules.md §5.1), so a dispute does
/// not stop a payment; paying more than is outstanding does.
/// </summary>
public sealed record RecordPayment(decimal? Amount, LocalDate? PaidOn, string? Reference)
{
    public MoneyOutcome Decide(Guid statementId, Statement? statement, DecisionContext context)
    {
        if (statement is null)
        {
            return MoneyChecks.StatementNotFound(statementId);
        }

        var amount = Amount!.Value;
        var paidOn = PaidOn ?? context.Today;
        var issuedOn = statement.Issued.IssuedAt.InZone(context.Rules.Zone).Date;
        if (MoneyChecks.SentBy(statement.Council, "the council the statement bills", context) is { } refused)
        {
            return refused;
        }

        // A payment of nothing or less would reverse earlier payments without a trace of why.
        if (amount <= 0m)
        {
            return Refusal.RuleBroken(
                "payment-not-positive",
                "A payment is an amount of money paid.",
                $"amount: £{amount:0.00} is not more than nothing.");
        }

        if (paidOn < issuedOn)
        {
            return Refusal.RuleBroken(
                "paid-before-issue",
                "The payment is dated before the statement was issued.",
                $"paidOn {paidOn:yyyy-MM-dd} is before the statement was issued on {issuedOn:yyyy-MM-dd}.");
        }

        if (paidOn > context.Today)
        {
            return EpisodeChecks.InFuture("paidOn", paidOn);
        }

        if (amount > statement.Outstanding)
        {
            return Refusal.RuleBroken(
                "payment-exceeds-outstanding",
                "The payment is more than the statement's outstanding amount.",
                $"£{amount:0.00} is more than the £{Math.Max(statement.Outstanding, 0m):0.00} outstanding on the statement for {statement.Month}.",
                "docs/rules.md#8-statements");
        }

        return MoneyOutcome.Record(new StreamEvent(statementId, new PaymentRecorded(amount, paidOn, Reference, context.Now)));
    }
}
