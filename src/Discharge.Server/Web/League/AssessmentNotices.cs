using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;

namespace Discharge.Server.Web.League;

/// <summary>How many assessment notices each council was given on the days of a window (London days), counted in the kept rows and counts of the notices (<see cref="NoticeDays"/>).</summary>
internal static class AssessmentNotices
{
    public static async Task<IReadOnlyDictionary<string, int>> ByCouncilAsync(IQuerySession session, DateWindow window, CancellationToken cancellation)
    {
        var options = session.DocumentStore.Options;
        var (from, to) = window.Iso;
        var counts = await session.AdvancedSql.QueryAsync<CouncilNotices>(
            $"""
             SELECT jsonb_build_object('council', council, 'notices', sum(notices)) FROM (
               SELECT council, count(*) AS notices FROM {NoticeDays.TableIn(options)} WHERE day BETWEEN :f::date AND :t::date GROUP BY council
               UNION ALL
               SELECT council, sum(notices) FROM {NoticeDays.CountsTableIn(options)} WHERE day BETWEEN :f::date AND :t::date GROUP BY council
             ) counted GROUP BY council
             """,
            cancellation,
            new { f = from, t = to });
        return counts.ToDictionary(c => c.Council, c => c.Notices);
    }

    private sealed record CouncilNotices(string Council, int Notices);
}
