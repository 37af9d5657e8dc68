using Discharge.Domain.Episodes.Decisions;

namespace Discharge.Domain.Statements;

/// <summary>The checks the commands about statements and disputes share.</summary>
public static class MoneyChecks
{
    /// <summary>A refusal unless the sender is <paramref name="expected"/>, described to the sender as <paramref name="who"/>.</summary>
    public static Refusal? SentBy(string expected, string who, DecisionContext context) =>
        context.Sender == expected
            ? null
            : new Refusal(
                RefusalKind.NotAParty,
                "not-a-party",
                "The sending organisation cannot record this.",
                $"Only {who} ({expected}) may; the request came from {context.Sender}.",
                Citation: null);

    public static Refusal StatementNotFound(Guid statementId) => new(
        RefusalKind.NotFound,
        "statement-not-found",
        "There is no such statement.",
        $"No statement {statementId} has been issued. An NHS body issues one with POST /nhs-bodies/{{code}}/statements.",
        Citation: null);
}
