using Discharge.Domain;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Discharge.Server.Statements;

/// <summary>
/// Stores the document a stream's events fold into, with the domain's own fold. Only the event types listed reach it,
/// so an episode's command never touches a statement's, a dispute's or a claim's table.
/// </summary>
internal sealed class FoldProjection<TDocument> : SingleStreamProjection<TDocument, Guid>
    where TDocument : class, IStreamFold<TDocument>
{
    public FoldProjection(IEnumerable<Type> eventTypes)
    {
        foreach (var type in eventTypes)
        {
            IncludeType(type);
        }
    }

    public override TDocument? Evolve(TDocument? snapshot, Guid id, IEvent e)
    {
        if (snapshot is null)
        {
            return TDocument.Start(e.Data);
        }

        snapshot.Evolve(e.Data);
        return snapshot;
    }
}
