using Discharge.Domain.Episodes;
using Marten;
using Marten.Events;

namespace Discharge.Server.Bulk;

/// <summary>
/// What of each event's JSON the read models read, asked of PostgreSQL by the rebuild's read: writing jsonb out as text is
/// most of the database's work in a raw read, so what no read model reads is left in the table. What a notice said (its
/// statutory contents, the patient's details) is removed, and a council's acknowledgement of a notice (shown only in the
/// episode's own view, read from its stream) is read as NULL: its row is still read, as an episode counts its events.
/// The rebuild's test compares every document with the live projection's.
/// </summary>
internal static class ReadModelData
{
    /// <summary>The property of a notice that holds what it said.</summary>
    private const string Contents = "contents";

    /// <summary>An event whose data no read model reads: it keeps its place in its stream, and each fold passes over it.</summary>
    public static readonly object Unread = new UnreadEvent();

    /// <summary>The SQL expression, over the event table's columns, that gives the data the read models read.</summary>
    public static string Of(IReadOnlyStoreOptions options)
    {
        var events = (EventGraph)((StoreOptions)options).Events;
        string Name(Type type) => events.EventMappingFor(type).EventTypeName;
        return $"CASE type WHEN '{Name(typeof(NoticeAcknowledged))}' THEN NULL " +
               $"WHEN '{Name(typeof(AssessmentNoticeGiven))}' THEN data - '{Contents}' " +
               $"WHEN '{Name(typeof(DischargeNoticeGiven))}' THEN data - '{Contents}' ELSE data END";
    }

    private sealed class UnreadEvent;
}
