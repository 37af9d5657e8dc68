using Discharge.Domain.Statements;
using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;

namespace Discharge.Server.Returns;

/// <summary>A month's returned days, read from the kept rows of the ledgers' runs (<see cref="DelayRuns"/>) that meet it, cut to it.</summary>
internal static class ReturnedDaysQuery
{
    public static async Task<IReadOnlyList<ReturnedDays>> OfMonthAsync(
        IQuerySession session, BillingMonth month, string? council, string? nhsBody, CancellationToken cancellation)
    {
        var scope = (council is null ? "" : " and council = :council") + (nhsBody is null ? "" : " and nhs_body = :nhs");
        var (from, to) = new DateWindow(month.FirstDay, month.LastDay).Iso;
        return await session.AdvancedSql.QueryAsync<ReturnedDays>(
            "select jsonb_build_object('nhsBody', nhs_body, 'council', council, 'status', status, 'from', from_day, 'until', until_day, 'assessedOn', assessed_on) " +
            $"from ({DelayRuns.Within(session.DocumentStore.Options, ":f::date", ":t::date")}) r where true{scope}",
            cancellation,
            new { f = from, t = to, council, nhs = nhsBody });
    }
}
