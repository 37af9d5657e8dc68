using Discharge.Domain.Disputes;
using Discharge.Server.Commands;
using Marten;
using Wolverine.Runtime.Handlers;

namespace Discharge.Server.Disputes;

/// <summary>At the end of a panel's deadline day, flags the dispute if the step it waited for has not happened.</summary>
public static class PanelDeadlineHandler
{
    /// <summary>A command recorded on the dispute after the read makes the append fail; the retry decides on it.</summary>
    public static void Configure(HandlerChain chain) => chain.RetryLostRaces();

    public static async Task Handle(PanelDeadline deadline, IDocumentSession session)
    {
        var dispute = await session.FoldAsync<Dispute>(deadline.DisputeId, CancellationToken.None);
        if (dispute is null)
        {
            return;
        }

        var flagged = deadline.Decide(dispute).Events.Select(e => e.Event).ToArray();
        if (flagged.Length > 0)
        {
            session.Events.Append(deadline.DisputeId, dispute.Version + flagged.Length, flagged);
        }
    }
}
