using Discharge.Domain.Disputes;
using Discharge.Domain.Statements;
using Marten;

namespace Discharge.Server.Disputes;

/// <summary>Reads a dispute or a statement for a command from its events, with the version its decision appends at.</summary>
internal static class DisputeStreams
{
    public static async Task<Dispute?> DisputeAsync(this IQuerySession session, Guid id, CancellationToken cancellation) =>
        Dispute.From((await session.Events.FetchStreamAsync(id, token: cancellation)).Select(e => e.Data));

    public static async Task<Statement?> StatementAsync(this IQuerySession session, Guid id, CancellationToken cancellation) =>
        Statement.From((await session.Events.FetchStreamAsync(id, token: cancellation)).Select(e => e.Data));
}
