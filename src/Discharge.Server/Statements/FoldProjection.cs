using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Discharge.Server.Statements;

/// <summary>
/// Stores the document a stream's events fold into, with the domain's own fold: <paramref name="start"/> makes it from
/// the stream's first event, <paramref name="evolve"/> applies each later one. Only the event types listed reach it, so
/// an episode's command never touches a statement's or a dispute's table.
/// </summary>
internal sealed class FoldProjection<TDocument> : SingleStreamProjection<TDocument, Guid>
    where TDocument : class
{
    private readonly Func<object, TDocument?> start;
    private readonly Action<TDocument, object> evolve;

    public FoldProjection(Func<object, TDocument?> start, Action<TDocument, object> evolve, IEnumerable<Type> eventTypes)
    {
        this.start = start;
        this.evolve = evolve;
        foreach (var type in eventTypes)
        {
            IncludeType(type);
        }
    }

    public override TDocument? Evolve(TDocument? snapshot, Guid id, IEvent e)
    {
        if (snapshot is null)
        {
            return start(e.Data);
        }

        evolve(snapshot, e.Data);
        return snapshot;
    }
}
