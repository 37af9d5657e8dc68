using Discharge.Domain;
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
        Fold<Statement, IStatementEvent>(options);
        Fold<Dispute, IDisputeEvent>(options);
        Fold<RecoveryClaim, IRecoveryEvent>(options);
        options.Schema.For<Statement>().Index(s => s.NhsBody).Index(s => s.Council);
        options.Schema.For<Dispute>().Index(d => d.NhsBody).Index(d => d.Council);
        options.Schema.For<RecoveryClaim>().Index(c => c.Claimant).Index(c => c.Respondent);
    }

    /// <summary>Keeps <typeparamref name="TDocument"/> from the events its marker interface names.</summary>
    private static void Fold<TDocument, TMarker>(StoreOptions options)
        where TDocument : class, IStreamFold<TDocument>
    {
        var eventTypes = typeof(TMarker).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TMarker).IsAssignableFrom(t));
        options.Projections.Add(new FoldProjection<TDocument>(eventTypes), ProjectionLifecycle.Inline);
    }
}
