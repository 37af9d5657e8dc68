using Marten;
using Wolverine.Http;

namespace Discharge.Server.Notifications;

public static class GetCouncilNotificationsEndpoint
{
    /// <summary>The council's notifications, newest first.</summary>
    [WolverineGet("/councils/{code}/notifications")]
    public static Task<IReadOnlyList<CouncilNotification>> Get(string code, IQuerySession session, CancellationToken cancellation) =>
        session.Query<CouncilNotification>()
            .Where(n => n.Council == code)
            .OrderByDescending(n => n.RecordedAt)
            .ToListAsync(cancellation);
}
