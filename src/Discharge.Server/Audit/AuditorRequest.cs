using Discharge.Domain.Rules;
using Discharge.Server.Identity;
using Marten;
using NodaTime;

namespace Discharge.Server.Audit;

/// <summary>
/// A request an auditor made: who (the token's organisation and user), what (method, path and query string) and when
/// (the service's clock, and its London day, by which the log is listed). Auditors change nothing, and what they look
/// at is itself on record.
/// </summary>
public sealed record AuditorRequest(Guid Id, string Organisation, string User, string Method, string Path, string? Query, Instant At, LocalDate Day)
{
    /// <summary>Records each request of an auditor's token before it is answered: a request that cannot be recorded is not answered.</summary>
    public static void UseAuditorRequestLog(WebApplication app) => app.Use(async (http, next) =>
    {
        if (http.User.IsInRole(DischargeRoles.Auditor))
        {
            await RecordAsync(
                http.RequestServices,
                new Caller(http.User).Organisation ?? "none",
                new Caller(http.User).UserName,
                http.Request.Method,
                http.Request.Path,
                http.Request.QueryString.HasValue ? http.Request.QueryString.Value : null,
                http.RequestAborted);
        }

        await next(http);
    });

    /// <summary>Records a request, by the service's clock, before it is carried out.</summary>
    public static async Task RecordAsync(
        IServiceProvider services, string organisation, string user, string method, string path, string? query, CancellationToken cancellation)
    {
        var now = services.GetRequiredService<IClock>().GetCurrentInstant();
        await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(new AuditorRequest(
            Guid.NewGuid(), organisation, user, method, path, query, now, now.InZone(services.GetRequiredService<DischargeRules>().Zone).Date));
        await session.SaveChangesAsync(cancellation);
    }
}
