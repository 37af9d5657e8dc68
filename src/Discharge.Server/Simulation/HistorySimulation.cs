using System.Diagnostics;
using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using Discharge.Server.Bulk;
using Discharge.Server.Notifications;
using Marten;
using NodaTime;
using Npgsql;

namespace Discharge.Server.Simulation;

/// <summary>
/// Writes a national history to a store, then rebuilds its read models. Refuses a store holding anything but a run of
/// the same span and seed, which it resumes after its last day written. The liability checks are derived in place, and
/// the council's notices they file are written beside each chunk, so nothing is left scheduled.
/// </summary>
public static class HistorySimulation
{
    private const int EpisodesAChunk = 5000;

    /// <summary>Answers the exit code: 0 written and rebuilt, 1 refused.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, SimulationSpan span, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var rules = services.GetRequiredService<DischargeRules>();
        var clock = services.GetRequiredService<IClock>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var run = await RunSoFarAsync(store, span, errors, cancellation);
        if (run is null)
        {
            return 1;
        }

        var history = new NationalHistory(rules, span, clock.GetCurrentInstant());
        var start = run.Through?.PlusDays(1) ?? span.From;
        if (start > span.From)
        {
            await errors.WriteLineAsync($"resuming after {run.Through:yyyy-MM-dd}: {run.Events:N0} events already written");
        }

        var progress = new Progress(errors, start, span.Until);
        var written = await new BulkEventWriter(store).WriteAsync(
            history.Chunks(start, EpisodesAChunk),
            chunk => chunk.Episodes,
            async (connection, chunk, token) =>
            {
                await DocumentCopy.WriteAsync(connection, store, typeof(CouncilNotification), NoticesFiled(chunk.Episodes), token);
                var events = chunk.Episodes.Sum(s => s.Events.Count);
                run.Through = chunk.Through;
                run.Events += events;
                await SaveAsync(connection, store, run, token);
                progress.Report(chunk.Through, events);
            },
            null,
            cancellation);
        await errors.WriteLineAsync();
        await output.WriteLineAsync(
            $"Simulated {span.From:yyyy-MM-dd} to {span.Until.PlusDays(-1):yyyy-MM-dd} (seed {span.Seed}, {span.NoticesADay} notices a day): {run.Events:N0} events, {written:N0} written now in {progress.Elapsed.TotalSeconds:F1} s ({written / Math.Max(0.001, progress.Elapsed.TotalSeconds):N0}/s)");

        await RebuildRun.RunAsync(services, output, errors, cancellation);
        return 0;
    }

    /// <summary>The run to carry on (a new one for an empty store), or null, with the reason written, when the store holds something else.</summary>
    private static async Task<SimulationRun?> RunSoFarAsync(IDocumentStore store, SimulationSpan span, TextWriter errors, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var run = await session.LoadAsync<SimulationRun>(SimulationRun.SingleId, cancellation);
        var anyEvent = await session.Events.QueryAllRawEvents().AnyAsync(cancellation);
        if (run is null && !anyEvent)
        {
            return new SimulationRun { Seed = span.Seed, From = span.From, Until = span.Until, NoticesADay = span.NoticesADay };
        }

        if (run is not null && run.Simulates(span))
        {
            return run;
        }

        await errors.WriteLineAsync(run is null
            ? "error: the event store already holds events: simulate writes only to an empty store (or resumes a run of its own)"
            : $"error: the event store holds a simulation of other flags (--from {run.From:yyyy-MM-dd}, until {run.Until:yyyy-MM-dd}, --seed {run.Seed}, --notices {run.NoticesADay}): run it again with those to resume it, or use an empty store");
        return null;
    }

    /// <summary>The notice the council would have been sent for each liability the checks recorded as started, as the notice's handler files it.</summary>
    private static IEnumerable<(object, object)> NoticesFiled(IEnumerable<StreamImport> chunk) =>
        from stream in chunk
        let opening = (AssessmentNoticeGiven)stream.Events[0].Data
        from e in stream.Events
        where e.Data is LiabilityStarted
        let started = (LiabilityStarted)e.Data
        let notification = DeliverLiabilityStartedNoticeHandler.Filed(
            new LiabilityStartedNotice(stream.Id, started.Council, opening.NhsBody, started.RelevantDay, started.FirstDay), e.ReceivedAt)
        select ((object)notification.Id, (object)notification);

    private static async Task SaveAsync(NpgsqlConnection connection, IDocumentStore store, SimulationRun run, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"""
             INSERT INTO {DocumentCopy.TableOf(store, typeof(SimulationRun))} (id, data, mt_dotnet_type) VALUES (@id, @data::jsonb, @type)
             ON CONFLICT (id) DO UPDATE SET data = excluded.data
             """, connection);
        command.Parameters.AddWithValue("id", run.Id);
        command.Parameters.AddWithValue("data", store.Options.Serializer().ToJson(run));
        command.Parameters.AddWithValue("type", typeof(SimulationRun).FullName!);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>Progress on standard error: days written, events a second, time left; redrawn in place on a terminal.</summary>
    private sealed class Progress(TextWriter errors, LocalDate start, LocalDate until)
    {
        private static string Return => Console.IsErrorRedirected ? "" : "\r";

        private static string NewLine => Console.IsErrorRedirected ? "\n" : "";

        private readonly Stopwatch clock = Stopwatch.StartNew();
        private long events;

        public TimeSpan Elapsed => clock.Elapsed;

        public void Report(LocalDate through, int written)
        {
            events += written;
            var done = (double)Period.Between(start, through.PlusDays(1), PeriodUnits.Days).Days / Period.Between(start, until, PeriodUnits.Days).Days;
            var left = TimeSpan.FromSeconds(clock.Elapsed.TotalSeconds * (1 - done) / done);
            errors.Write($"{Return}written through {through:yyyy-MM-dd} ({done:P0}): {events:N0} events, {events / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s, about {left:h\\:mm\\:ss} left{NewLine}");
        }
    }
}
