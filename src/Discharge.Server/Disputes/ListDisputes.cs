using Discharge.Domain.Disputes;
using Discharge.Server.Identity;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

/// <summary>One side's disputes, newest first, each with its state and the deadline it waits on.</summary>
public sealed record DisputeList(string Code, IReadOnlyList<DisputeView> Disputes);

public static class ListDisputesEndpoints
{
    /// <summary>The disputes a council raised.</summary>
    [WolverineGet("/councils/{code}/disputes")]
    [Authorize(Policy = AccessPolicies.OwnCouncilReport)]
    public static async Task<DisputeList> OfCouncil(string code, IQuerySession session, CancellationToken cancellation) =>
        List(code, await session.Query<Dispute>().Where(d => d.Council == code).ToListAsync(cancellation));

    /// <summary>The disputes raised against an NHS body's statements.</summary>
    [WolverineGet("/nhs-bodies/{code}/disputes")]
    [Authorize(Policy = AccessPolicies.OwnNhsBodyReport)]
    public static async Task<DisputeList> OfNhsBody(string code, IQuerySession session, CancellationToken cancellation) =>
        List(code, await session.Query<Dispute>().Where(d => d.NhsBody == code).ToListAsync(cancellation));

    private static DisputeList List(string code, IEnumerable<Dispute> disputes) =>
        new(code, [.. disputes.OrderByDescending(d => d.Raised.RaisedAt).ThenBy(d => d.Id).Select(DisputeView.Of)]);
}
