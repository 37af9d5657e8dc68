using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Marten;

namespace Discharge.Server.Web.League;

/// <summary>How many assessment notices each council was given on the days of a window (London days), counted in the kept rows of the notices (<see cref="NoticeDays"/>).</summary>
internal static class AssessmentNotices
{
    public static async Task<IReadOnlyDictionary<string, int>> ByCouncilAsync(IQuerySession session, DateWindow window, CancellationToken cancellation)
    {
        var counts = await session.AdvancedSql.QueryAsync<CouncilNotices>(
            "select jsonb_build_object('council', council, 'notices', count(*)) " +
            $"from {NoticeDays.TableIn(session.DocumentStore.Options)} where day between ?::date and ?::date group by council",
            cancellation,
            window.Iso.From,
            window.Iso.To);
        return counts.ToDictionary(c => c.Council, c => c.Notices);
    }

    private sealed record CouncilNotices(string Council, int Notices);
}
