using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using Discharge.Server.Audit.Chain;
using Discharge.Server.Audit.Verification;
using Discharge.Server.Bulk;
using Discharge.Server.Notifications;
using Discharge.Server.Reporting;
using Discharge.Server.Simulation;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Discharge.Server.Tests.Simulation;

/// <summary>
/// <c>simulate</c> over a few weeks: the history it writes in bulk chains as the service's appends do, its read models
/// are what the projections make of it, its liability checks are done rather than left scheduled, and the same seed
/// makes the same history.
/// </summary>
[Collection(SimulatedHistory.Collection)]
public sealed class when_simulating_a_national_history(SimulatedHistory history)
{
    [Fact]
    public async Task every_stream_chains_as_the_services_appends_do()
    {
        history.ExitCode.Should().Be(0);
        var report = await new ChainVerifier(history.Store).VerifyAsync(CancellationToken.None);

        report.Breaks.Should().BeEmpty();
        report.Events.Should().BeGreaterThan(1000);
        history.Output.Should().Contain($"{report.Events:N0} events");
    }

    [Fact]
    public async Task it_covers_both_regimes_and_every_kind_of_course()
    {
        var types = await ScalarsAsync<string>("SELECT DISTINCT mt_dotnet_type FROM mt_events");
        string[] expected =
        [
            nameof(AssessmentNoticeGiven), nameof(NoticeAcknowledged), nameof(DischargeNoticeGiven), nameof(CouncilAssessmentCompleted),
            nameof(PatientDischarged), nameof(PatientDied), nameof(PatientSelfDischarged), nameof(AssessmentNoticeWithdrawn),
            nameof(CouncilServicesInPlace), nameof(LiabilityStarted), nameof(PaymentRequired), nameof(NhsServiceAwaited),
        ];
        types.Select(t => t.Split(',')[0].Split('.')[^1]).Should().Contain(expected);

        var rules = history.Rules;
        var regimes = (await OpeningNoticesAsync()).Select(n => rules.RegimeOfNotice(n.DeliveredAt)).Distinct();
        regimes.Should().BeEquivalentTo([Regime.Act2003, Regime.CareAct2014]);
    }

    [Fact]
    public async Task every_ledger_is_what_the_projection_makes_of_the_events_as_marten_reads_them()
    {
        // The verifier reads each stream through Marten and runs the projections' own code on it.
        var verification = await new ReadModelVerifier(history.Store, history.Rules).RunAsync(CancellationToken.None);

        verification.Differences.Should().BeEmpty();
        verification.DocumentsRebuilt.Should().BeGreaterThan(100);
    }

    [Fact]
    public async Task the_one_pass_rebuild_makes_the_documents_marten_s_own_rebuild_makes()
    {
        var onePass = await LedgersAsync();
        using (var daemon = await history.Store.BuildProjectionDaemonAsync())
        {
            await daemon.RebuildProjectionAsync(nameof(EpisodeDelayLedger), TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        var marten = await LedgersAsync();
        onePass.Should().NotBeEmpty();
        marten.Should().Equal(onePass);
        // The one-pass rebuild marked the ledgers current under the daemon's own name for them: a service carries on from there.
        var progress = await history.Store.Advanced.AllProjectionProgress();
        progress.Select(p => p.ShardName).Where(n => n.StartsWith(nameof(EpisodeDelayLedger), StringComparison.Ordinal))
            .Should().Equal(ReadModelRebuild.LedgerProgress);

        // Back as the one-pass rebuild leaves them, for the other tests.
        await new ReadModelRebuild(history.Store, history.Rules).RunAsync(null, CancellationToken.None);
        (await LedgersAsync()).Should().Equal(onePass);
    }

    [Fact]
    public async Task the_rebuild_command_s_run_rebuilds_the_same_documents_and_says_so()
    {
        var before = await LedgersAsync();
        await using var output = new StringWriter();

        var report = await RebuildRun.RunAsync(history.Services, output, TextWriter.Null, CancellationToken.None);

        (await LedgersAsync()).Should().Equal(before);
        // Every event read once, whichever range of streams read it.
        report.Events.Should().Be((await ScalarsAsync<long>("SELECT count(*) FROM mt_events"))[0]);
        report.Streams.Should().Be((int)(await ScalarsAsync<long>("SELECT count(*) FROM mt_streams"))[0]);
        output.ToString().Should().StartWith($"Read models rebuilt from {report.Events:N0} events of {report.Streams:N0} streams in ")
            .And.EndWith($"{before.Count:N0} EpisodeDelayLedger, 0 Statement, 0 Dispute, 0 RecoveryClaim{Environment.NewLine}");
    }

    [Fact]
    public async Task the_rebuild_leaves_the_planner_the_statistics_of_the_ledgers_days()
    {
        await RebuildRun.RunAsync(history.Services, TextWriter.Null, TextWriter.Null, CancellationToken.None);

        // The days index is made anew by the rebuild; without statistics of its expression the planner takes a year of
        // ledgers for a few (see LedgerQueries).
        (await ScalarsAsync<long>("SELECT count(*) FROM pg_stats WHERE tablename = 'mt_doc_episodedelayledger_idx_days'"))
            .Should().Equal(1L);
    }

    [Fact]
    public async Task the_rebuild_writes_its_tables_frozen_and_all_visible()
    {
        await RebuildRun.RunAsync(history.Services, TextWriter.Null, TextWriter.Null, CancellationToken.None);

        // Frozen as they are copied, the rows need no later look-up of whether their transaction committed: every page
        // is all-visible at once, for the index builds and statistics after the commit, and every read after them.
        var pages = await history.QueryAsync(
            "SELECT relname, relpages, relallvisible FROM pg_class WHERE relname IN ('mt_doc_episodedelayledger', 'delay_runs', 'delay_stretches')",
            r => (Table: r.GetString(0), Pages: r.GetInt32(1), AllVisible: r.GetInt32(2)));
        pages.Should().HaveCount(3).And.OnlyContain(p => p.Pages > 0 && p.AllVisible == p.Pages);
    }

    [Fact]
    public async Task the_liability_checks_long_due_are_done_and_each_filed_a_notice_for_its_council()
    {
        var started = await ScalarsAsync<string>(
            "SELECT stream_id || '/' || (data ->> 'relevantDay') FROM mt_events WHERE mt_dotnet_type LIKE 'Discharge.Domain.Episodes.LiabilityStarted,%'");
        await using var session = history.Store.QuerySession();
        var notices = await session.Query<CouncilNotification>().ToListAsync();

        started.Should().HaveCountGreaterThan(10);
        notices.Select(n => n.Id).Should().BeEquivalentTo(started);
    }

    [Fact]
    public async Task each_liability_start_is_where_the_scheduled_check_would_have_put_it()
    {
        await using var session = history.Store.QuerySession();
        var streams = await ScalarsAsync<Guid>("SELECT DISTINCT stream_id FROM mt_events WHERE mt_dotnet_type LIKE 'Discharge.Domain.Episodes.LiabilityStarted,%' LIMIT 50");
        foreach (var (id, events) in await EpisodeStreams.ReadManyAsync(session, streams, CancellationToken.None))
        {
            foreach (var recorded in events.Where(e => e.Data is LiabilityStarted))
            {
                // The check decides on the history before its event, as the handler did when it ran.
                var before = Episode.From(id, events.TakeWhile(e => e.Version < recorded.Version).Select(e => e.Data));
                var started = (LiabilityStarted)recorded.Data;
                LiabilityStartCheck.Decide(before, started.RelevantDay, history.Rules)?.Started.Should().Be(started);
                RecordedAt(recorded).Should().Be(history.Rules.StartOf(started.RelevantDay.PlusDays(1)));
            }
        }
    }

    [Fact]
    public async Task the_same_seed_makes_the_same_history_and_another_store_is_refused_or_resumed()
    {
        var (again, exitCode, _) = await SimulatedHistory.SimulateAsync(SimulatedHistory.Span);
        exitCode.Should().Be(0);
        var first = await new ChainVerifier(history.Store).VerifyAsync(CancellationToken.None);
        var second = await new ChainVerifier(again.GetRequiredService<IDocumentStore>()).VerifyAsync(CancellationToken.None);
        second.HeadsDigest.Should().Be(first.HeadsDigest);

        // Run again with the same flags, the finished run has nothing left to write; with others, it is refused.
        (await SimulatedHistory.SimulateAsync(SimulatedHistory.Span, again)).ExitCode.Should().Be(0);
        (await new ChainVerifier(again.GetRequiredService<IDocumentStore>()).VerifyAsync(CancellationToken.None)).HeadsDigest.Should().Be(first.HeadsDigest);
        await using var errors = new StringWriter();
        (await HistorySimulation.RunAsync(again, SimulatedHistory.Span with { Seed = 8 }, TextWriter.Null, errors, CancellationToken.None)).Should().Be(1);
        errors.ToString().Should().StartWith("error: the event store holds a simulation of other flags (--from 2015-03-09, until 2015-04-27, --seed 7, --notices 20)");
    }

    [Fact]
    public async Task a_store_holding_other_events_is_refused()
    {
        var services = await SimulatedHistory.ServicesOnNewDatabaseAsync();
        var store = services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream(Guid.NewGuid(), new PatientDischarged(new NodaTime.LocalDate(2015, 1, 1)));
            await session.SaveChangesAsync();
        }

        await using var errors = new StringWriter();
        (await HistorySimulation.RunAsync(services, SimulatedHistory.Span, TextWriter.Null, errors, CancellationToken.None)).Should().Be(1);
        errors.ToString().Should().Be(
            "error: the event store already holds events: simulate writes only to an empty store (or resumes a run of its own)" + Environment.NewLine);
    }

    private static NodaTime.Instant RecordedAt(IEvent recorded) => Discharge.Server.Commands.RecordedOrigin.ReceivedOrStored(recorded);

    private async Task<List<AssessmentNoticeGiven>> OpeningNoticesAsync()
    {
        await using var session = history.Store.QuerySession();
        return [.. (await session.Events.QueryRawEventDataOnly<AssessmentNoticeGiven>().ToListAsync())];
    }

    private Task<List<string>> LedgersAsync() => ScalarsAsync<string>("SELECT id || ' ' || data::text FROM mt_doc_episodedelayledger ORDER BY id");

    private Task<List<T>> ScalarsAsync<T>(string sql) => history.QueryAsync(sql, r => r.GetFieldValue<T>(0));
}
