using Marten;

namespace Discharge.Server.Web.League;

/// <summary>How many assessment notices each council was given, counted in the event table (every notice ever recorded).</summary>
internal static class AssessmentNotices
{
    public static async Task<IReadOnlyDictionary<string, int>> ByCouncilAsync(IQuerySession session, CancellationToken cancellation)
    {
        // Marten names an event type by its class in snake case; counting in the database reads no notice's contents.
        var counts = await session.AdvancedSql.QueryAsync<CouncilNotices>(
            "select jsonb_build_object('council', data ->> 'council', 'notices', count(*)) " +
            $"from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events where type = 'assessment_notice_given' group by data ->> 'council'",
            cancellation);
        return counts.ToDictionary(c => c.Council, c => c.Notices);
    }

    private sealed record CouncilNotices(string Council, int Notices);
}
