using System.Text.Encodings.Web;
using System.Text.Json;
using Discharge.Server.Hosting;
using Discharge.Server.Reporting;
using JasperFx.Events;
using Marten;
using Marten.Linq.MatchesSql;

namespace Discharge.Server.Audit.Export;

/// <summary>
/// <c>audit export</c>: writes events with their metadata as JSON lines (one <see cref="ExportedEvent"/> a line, "\n"
/// ends), in sequence order. It reads a page at a time by sequence, so memory does not grow with the store, and stops at
/// the last event recorded when it began, so that events appended meanwhile neither join the run nor upset its count.
/// </summary>
public static class EventExport
{
    // Relaxed escaping keeps names and "£" readable; the lines are never embedded in HTML.
    private static readonly JsonSerializerOptions Line = DischargeJson.Configure(
        new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>
    /// When the service received the event, by its own clock (the <c>receivedAt</c> header every writer stamps), else the
    /// store's timestamp: the instant <c>knownAt</c> reads go by, so that an export and a read agree on what came when.
    /// </summary>
    private const string ReceivedWithin =
        "tstzrange(?, ?) @> COALESCE((headers ->> 'receivedAt')::timestamptz, \"timestamp\")";

    /// <summary>Writes the events <paramref name="request"/> asks for to <paramref name="output"/>, reporting after each page; returns how many.</summary>
    public static async Task<long> RunAsync(
        IQuerySession session, EventExportRequest request, TextWriter output, IProgress<ExportProgress>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PageSize, 1);
        var episodes = request.Council is { } council ? await EpisodesNaming.OfAsync(session, council.ToUpperInvariant(), nhsBody: null, cancellation) : null;
        IQueryable<IEvent> Requested() => Filter(session.Events.QueryAllRawEvents(), request, episodes);

        var last = (await Requested().OrderByDescending(e => e.Sequence).Take(1).ToListAsync(cancellation)).SingleOrDefault()?.Sequence ?? 0;
        var total = await Requested().Where(e => e.Sequence <= last).LongCountAsync(cancellation);
        var serializer = session.DocumentStore.Options.Serializer();
        var written = 0L;
        progress?.Report(new ExportProgress(written, total));
        for (var after = 0L; after < last;)
        {
            var page = await Requested().Where(e => e.Sequence > after && e.Sequence <= last)
                .OrderBy(e => e.Sequence).Take(request.PageSize).ToListAsync(cancellation);
            foreach (var stored in page)
            {
                await output.WriteAsync(JsonSerializer.Serialize(ExportedEvent.From(stored, serializer), Line).AsMemory(), cancellation);
                await output.WriteAsync("\n".AsMemory(), cancellation);
            }

            await output.FlushAsync(cancellation);
            written += page.Count;
            progress?.Report(new ExportProgress(written, total));
            after = page.Count == request.PageSize ? page[^1].Sequence : last;
        }

        return written;
    }

    private static IQueryable<IEvent> Filter(IQueryable<IEvent> events, EventExportRequest request, Guid[]? episodes)
    {
        var within = events.Where(e => e.MatchesSql(ReceivedWithin, request.From.ToDateTimeOffset(), request.To.ToDateTimeOffset()));
        return episodes is null ? within : within.Where(e => e.StreamId.IsOneOf(episodes));
    }
}
