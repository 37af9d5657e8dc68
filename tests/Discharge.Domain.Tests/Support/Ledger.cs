using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Tests.Support;

/// <summary>
/// One NHS body's books as the stores would hold them: its episodes, priced by the real rules engine on the day a
/// decision runs, and the statement and dispute streams recorded so far. Scenes are set with the real decisions, so a
/// test starts from what the service would have recorded.
/// </summary>
internal sealed class Ledger(string nhsBody = EpisodeBuilder.NhsBody)
{
    private readonly Dictionary<Guid, (string Patient, EpisodeBuilder Events)> episodes = [];
    private readonly Dictionary<Guid, List<object>> streams = [];

    public string NhsBody => nhsBody;

    /// <summary>An episode of the NHS body; its builder may gain facts later, as an episode's stream does.</summary>
    public Ledger With(Guid episodeId, string patientReference, EpisodeBuilder episode)
    {
        episodes[episodeId] = (patientReference, episode);
        return this;
    }

    /// <summary>Every episode as the engine computes it at the end of <paramref name="day"/>.</summary>
    public IReadOnlyDictionary<Guid, EpisodeCharges> ChargesOn(LocalDate day) => episodes.ToDictionary(
        e => e.Key,
        e => new EpisodeCharges(e.Key, e.Value.Patient, Decisions.Rules.Calculator.Calculate(e.Value.Events.Header, e.Value.Events.Events, day)));

    /// <summary>The statements issued to <paramref name="council"/>, with the days conceded in disputes of them.</summary>
    public StatementAccount AccountWith(string council)
    {
        var statements = streams.Values.Select(Statement.From).OfType<Statement>().Where(s => s.Council == council).ToList();
        var concessions = streams.Values.Select(Dispute.From).OfType<Dispute>()
            .SelectMany(d => d.Concessions()).Where(c => statements.Any(s => s.Id == c.StatementId)).ToList();
        return new StatementAccount(statements, concessions);
    }

    /// <summary>Decides an issue as the service would: the account with the council, every episode priced today.</summary>
    public MoneyOutcome Decide(IssueStatement command, DecisionContext context) =>
        command.Decide(nhsBody, AccountWith(command.Council), ChargesOn(context.Today), context);

    public Statement StatementOf(Guid id) => Statement.From(streams[id])!;

    public Dispute DisputeOf(Guid id) => Dispute.From(streams[id])!;

    /// <summary>The NHS body issued its statement to <paramref name="council"/> for <paramref name="month"/> at <paramref name="ukTime"/>.</summary>
    public Statement Issued(string council, BillingMonth month, string ukTime)
    {
        Record(Decide(new IssueStatement(council, month), Decisions.By(nhsBody, ukTime)));
        return StatementOf(StatementId.For(nhsBody, council, month));
    }

    /// <summary>The council disputed days of an episode on the statement (all its days when none are named).</summary>
    public Dispute Disputed(Guid statementId, Guid disputeId, Guid episodeId, string ukTime, params LocalDate[] days)
    {
        var statement = StatementOf(statementId);
        var raise = new RaiseDispute(episodeId, DisputeGrounds.NhsCauseOfDelay, "The ward was waiting for its own transport.", days);
        Record(raise.Decide(disputeId, statementId, statement, Decisions.By(statement.Council, ukTime)));
        return DisputeOf(disputeId);
    }

    /// <summary>The NHS body answered the dispute.</summary>
    public Dispute Answered(Guid disputeId, AnswerDispute answer, string ukTime)
    {
        Record(answer.Decide(disputeId, DisputeOf(disputeId), Decisions.By(nhsBody, ukTime)));
        return DisputeOf(disputeId);
    }

    private void Record(MoneyOutcome outcome)
    {
        outcome.Refusal.Should().BeNull("the scene is set with decisions the service accepts");
        foreach (var recorded in outcome.Events)
        {
            if (recorded.StartsStream)
            {
                streams.Should().NotContainKey(recorded.StreamId);
                streams[recorded.StreamId] = [];
            }

            streams[recorded.StreamId].Add(recorded.Event);
        }
    }
}
