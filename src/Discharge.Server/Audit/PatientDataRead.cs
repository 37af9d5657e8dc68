using System.Security.Claims;
using Discharge.Domain.Rules;
using Discharge.Server.Identity;
using Marten;
using NodaTime;

namespace Discharge.Server.Audit;

/// <summary>
/// An auditor's read of an episode's patient-identifying fields: who (the token's organisation and user), when
/// (the service's clock, and its day in London, by which the log is listed) and which episode.
/// </summary>
public sealed record PatientDataRead(Guid Id, Guid EpisodeId, string Organisation, string User, Instant ReadAt, LocalDate Day)
{
    /// <summary>
    /// Records the read when the caller is an auditor, before the answer is sent: a read that cannot be recorded is
    /// not answered. The episode's parties read their own patients, and are not logged.
    /// </summary>
    public static Task RecordIfAuditorAsync(ClaimsPrincipal caller, Guid episodeId, IDocumentStore store, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        RecordIfAuditorAsync(caller, [episodeId], store, rules, clock, cancellation);

    /// <summary>The same for an answer that names the patients of several episodes (a statement, a list of disputes): one record each.</summary>
    public static async Task RecordIfAuditorAsync(
        ClaimsPrincipal caller, IEnumerable<Guid> episodeIds, IDocumentStore store, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        if (!caller.IsInRole(DischargeRoles.Auditor))
        {
            return;
        }

        var now = clock.GetCurrentInstant();
        var organisation = new Caller(caller).Organisation ?? "none";
        var user = new Caller(caller).UserName;
        await using var session = store.LightweightSession();
        foreach (var episodeId in episodeIds.Distinct())
        {
            session.Store(new PatientDataRead(Guid.NewGuid(), episodeId, organisation, user, now, now.InZone(rules.Zone).Date));
        }

        await session.SaveChangesAsync(cancellation);
    }
}
