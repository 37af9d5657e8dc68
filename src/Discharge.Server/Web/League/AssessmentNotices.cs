using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;

namespace Discharge.Server.Web.League;

/// <summary>How many assessment notices each council was given on the days of a window (London days), counted in the kept rows and counts of the notices (<see cref="NoticeDays"/>).</summary>
internal static class AssessmentNotices
{
    public static async Task<IReadOnlyDictionary<string, int>> ByCouncilAsync(IQuerySession session, DateWindow window, CancellationToken cancellation)
    {
        var (from, to) = window.Iso;
        // The window's days reach into both parts of the kept counts (PostgreSQL pushes the test on day down to each).
        var counts = await session.AdvancedSql.QueryAsync<CouncilNotices>(
            $"SELECT jsonb_build_object('council', council, 'notices', sum(notices)) FROM ({NoticeDays.KeptCounts(session.DocumentStore.Options)}) kept " +
            "WHERE day BETWEEN :f::date AND :t::date GROUP BY council",
            cancellation,
            new { f = from, t = to });
        return counts.ToDictionary(c => c.Council, c => c.Notices);
    }

    private sealed record CouncilNotices(string Council, int Notices);
}
