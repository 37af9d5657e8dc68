using Discharge.Server.Reporting;
using Marten;
using NodaTime.Text;

namespace Discharge.Server.Web.League;

/// <summary>How many assessment notices each council was given on the days of a window (London days), counted in the event table.</summary>
internal static class AssessmentNotices
{
    public static async Task<IReadOnlyDictionary<string, int>> ByCouncilAsync(IQuerySession session, DateWindow window, CancellationToken cancellation)
    {
        // Marten names an event type by its class in snake case; counting in the database reads no notice's contents.
        var counts = await session.AdvancedSql.QueryAsync<CouncilNotices>(
            "select jsonb_build_object('council', data ->> 'council', 'notices', count(*)) " +
            $"from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events where type = 'assessment_notice_given' " +
            "and ((data ->> 'deliveredAt')::timestamptz at time zone 'Europe/London')::date between ?::date and ?::date group by data ->> 'council'",
            cancellation,
            LocalDatePattern.Iso.Format(window.From),
            LocalDatePattern.Iso.Format(window.To));
        return counts.ToDictionary(c => c.Council, c => c.Notices);
    }

    private sealed record CouncilNotices(string Council, int Notices);
}
