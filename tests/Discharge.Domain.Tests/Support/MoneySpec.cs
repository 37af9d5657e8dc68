using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;

namespace Discharge.Domain.Tests.Support;

/// <summary>
/// A money command's rule as a sentence: given the books (for issuing), a statement's or a dispute's recorded events,
/// when the command is decided (now, by this sender), then these events go to these streams, or this refusal.
/// </summary>
internal static class MoneySpec
{
    public static MoneySpec<Ledger> Given(Ledger books) => new(books);

    public static MoneySpec<Statement?> Given(params IStatementEvent[] history) => new(Statement.From(history));

    public static MoneySpec<Dispute?> Given(params IDisputeEvent[] history) => new(Dispute.From(history));
}

internal sealed class MoneySpec<TState>(TState state) : Spec<MoneySpec<TState>>
{
    public MoneyDecided When(Func<TState, DecisionContext, MoneyOutcome> decide) => new(decide(state, Context));
}

internal sealed class MoneyDecided(MoneyOutcome outcome)
{
    /// <summary>Exactly these events, in order, each to its stream (compared member by member: events hold lists).</summary>
    public void Then(params StreamEvent[] recorded)
    {
        outcome.Refusal.Should().BeNull();
        outcome.Events.Should().BeEquivalentTo(recorded, o => o.ComparingRecordsByMembers().RespectingRuntimeTypes().WithStrictOrdering());
    }

    /// <summary>Accepted, with nothing to record (a scheduled check that finds nothing to do).</summary>
    public void ThenNothing() => Then();

    /// <summary>The one event recorded, of type <typeparamref name="TEvent"/>, for further checks.</summary>
    public TEvent ThenRecorded<TEvent>()
    {
        outcome.Refusal.Should().BeNull();
        return outcome.Events.Should().ContainSingle().Which.Event.Should().BeOfType<TEvent>().Subject;
    }

    public Refusal ThenRefused(RefusalKind kind, string code) => Decisions.ShouldBeRefused(outcome.Refusal, outcome.Events, kind, code);
}
