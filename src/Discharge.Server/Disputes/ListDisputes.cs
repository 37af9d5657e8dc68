using System.Security.Claims;
using Discharge.Domain.Disputes;
using Discharge.Domain.Rules;
using Discharge.Server.Audit;
using Discharge.Server.Identity;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Disputes;

/// <summary>One side's disputes, newest first, each with its state and the deadline it waits on.</summary>
public sealed record DisputeList(string Code, IReadOnlyList<DisputeView> Disputes);

public static class ListDisputesEndpoints
{
    /// <summary>The disputes a council raised.</summary>
    [WolverineGet("/councils/{code}/disputes")]
    [EndpointSummary("A council's disputes")]
    [Authorize(Policy = AccessPolicies.OwnCouncilReport)]
    public static async Task<DisputeList> OfCouncil(
        string code, ClaimsPrincipal user, IQuerySession session, IDocumentStore store, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        await Logged(List(code, await session.Query<Dispute>().Where(d => d.Council == code).ToListAsync(cancellation)), user, store, rules, clock, cancellation);

    /// <summary>The disputes raised against an NHS body's statements.</summary>
    [WolverineGet("/nhs-bodies/{code}/disputes")]
    [EndpointSummary("The disputes of an NHS body's statements")]
    [Authorize(Policy = AccessPolicies.OwnNhsBodyReport)]
    public static async Task<DisputeList> OfNhsBody(
        string code, ClaimsPrincipal user, IQuerySession session, IDocumentStore store, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        await Logged(List(code, await session.Query<Dispute>().Where(d => d.NhsBody == code).ToListAsync(cancellation)), user, store, rules, clock, cancellation);

    /// <summary>Each dispute names its patient: an auditor's read is logged as a read of each episode's patient data.</summary>
    private static async Task<DisputeList> Logged(
        DisputeList list, ClaimsPrincipal user, IDocumentStore store, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        await PatientDataRead.RecordIfAuditorAsync(user, list.Disputes.Select(d => d.EpisodeId), store, rules, clock, cancellation);
        return list;
    }

    private static DisputeList List(string code, IEnumerable<Dispute> disputes) =>
        new(code, [.. disputes.OrderByDescending(d => d.Raised.RaisedAt).ThenBy(d => d.Id).Select(DisputeView.Of)]);
}
