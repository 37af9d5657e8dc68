using Discharge.Domain.Disputes;
using Discharge.Domain.Recovery;
using Discharge.Domain.Statements;
using JasperFx.Events.Projections;
using Marten;

namespace Discharge.Server.Statements;

/// <summary>How statements, disputes and recovery claims are stored: each a stream of its own, with a document of it kept in the same transaction.</summary>
internal static class MoneyStore
{
    public static void ConfigureMoney(this StoreOptions options)
    {
        // Inline: a payment or a dispute decided on a statement's stream, and a list read after it, agree at once.
        options.Projections.Add(
            new FoldProjection<Statement>(e => e is StatementIssued issued ? Statement.Of(issued) : null, (s, e) => s.Evolve(e), EventTypes<IStatementEvent>()),
            ProjectionLifecycle.Inline);
        options.Projections.Add(
            new FoldProjection<Dispute>(e => e is DisputeRaised raised ? Dispute.Of(raised) : null, (d, e) => d.Evolve(e), EventTypes<IDisputeEvent>()),
            ProjectionLifecycle.Inline);
        options.Projections.Add(
            new FoldProjection<RecoveryClaim>(e => e is RecoveryClaimed claimed ? RecoveryClaim.Of(claimed) : null, (c, e) => c.Evolve(e), EventTypes<IRecoveryEvent>()),
            ProjectionLifecycle.Inline);
        options.Schema.For<Statement>().Index(s => s.NhsBody).Index(s => s.Council);
        options.Schema.For<Dispute>().Index(d => d.NhsBody).Index(d => d.Council);
        options.Schema.For<RecoveryClaim>().Index(c => c.Claimant).Index(c => c.Respondent);
    }

    /// <summary>Every event type of a kind of stream, as its marker interface names them.</summary>
    private static IEnumerable<Type> EventTypes<TMarker>() =>
        typeof(TMarker).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TMarker).IsAssignableFrom(t));
}
