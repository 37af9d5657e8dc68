using Discharge.Domain.Statements;
using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;

namespace Discharge.Server.Returns;

/// <summary>A month's returned days, read from the kept rows of the ledgers' runs (<see cref="DelayDays"/>): cut at the month's ends already, and in columns.</summary>
internal static class ReturnedDaysQuery
{
    public static async Task<IReadOnlyList<ReturnedDays>> OfMonthAsync(
        IQuerySession session, BillingMonth month, string? council, string? nhsBody, CancellationToken cancellation)
    {
        // A row lies inside one month: those starting in it are its days.
        var scope = (council is null ? "" : " and council = ?") + (nhsBody is null ? "" : " and nhs_body = ?");
        var (from, to) = new DateWindow(month.FirstDay, month.LastDay).Iso;
        object[] parameters = [from, to, .. new[] { council, nhsBody }.OfType<string>()];
        return await session.AdvancedSql.QueryAsync<ReturnedDays>(
            "select jsonb_build_object('nhsBody', nhs_body, 'council', council, 'status', status, 'from', from_day, 'until', until_day, 'assessedOn', assessed_on) " +
            $"from {DelayDays.TableIn(session.DocumentStore.Options)} where from_day between ?::date and ?::date{scope}",
            cancellation,
            parameters);
    }
}
