using Discharge.Server.Audit.Chain;
using Discharge.Server.Audit.CommandLine;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit.Chain;

/// <summary>
/// <c>audit verify-chain</c> on a store written through the API and the scheduled checks: it passes untouched, and names
/// the event (by sequence number and stream) or the stream that was edited or cut in SQL.
/// </summary>
public sealed class when_verifying_the_event_chain(ChainedStore store) : IClassFixture<ChainedStore>
{
    private string ConnectionString => store.Server.ConnectionString;

    [Fact]
    public async Task an_untouched_store_passes_with_every_event_chained()
    {
        var run = await AuditRun.RunAsync(store.Server, new VerifyChainAction());

        run.ExitCode.Should().Be(0, run.Output + run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().MatchRegex($@"^Chain intact: {await store.Server.AllEventCount()} events in \d+ streams; digest of the stream heads [0-9a-f]{{64}}\r?\n$");
        var chained = (await store.Server.EventsOf(store.Billed)).Concat(await store.Server.EventsOf(store.Dispute)).Concat(await store.Server.EventsOf(store.Statement));
        chained.Select(e => e.EventTypeName).Should().Contain(["liability_started", "panel_appointment_overdue", "payment_recorded"]);
        chained.Select(EventHash.Of).Should().OnlyContain(hash => hash != null && hash.Length == 64);
    }

    [Fact]
    public async Task an_event_whose_data_was_edited_is_named()
    {
        var episode = store.Spare[0];
        var sequence = await StoreTampering.SequenceOfAsync(ConnectionString, episode, 2);
        await using (await StoreTampering.EditAsync(ConnectionString, episode, 2,
            """update mt_events set data = jsonb_set(data, '{proposedDischargeDate}', '"2004-01-14"') where stream_id = @stream and version = @version"""))
        {
            var run = await AuditRun.RunAsync(store.Server, new VerifyChainAction());

            run.ExitCode.Should().Be(1);
            run.Output.Should().Contain($"event {sequence} of stream {episode}: version 2 (discharge_notice_given) no longer matches its hash");
        }
    }

    [Fact]
    public async Task a_deleted_event_is_named_by_the_gap_it_leaves()
    {
        var episode = store.Spare[1];
        var next = await StoreTampering.SequenceOfAsync(ConnectionString, episode, 3);
        await using (await StoreTampering.EditAsync(ConnectionString, episode, 2, "delete from mt_events where stream_id = @stream and version = @version"))
        {
            var run = await AuditRun.RunAsync(store.Server, new VerifyChainAction());

            run.ExitCode.Should().Be(1);
            run.Output.Should().Contain($"event {next} of stream {episode}: version 3 follows version 1: version 2 is missing (deleted)");
        }
    }

    [Fact]
    public async Task an_event_whose_user_was_edited_is_named()
    {
        var episode = store.Spare[2];
        var sequence = await StoreTampering.SequenceOfAsync(ConnectionString, episode, 1);
        await using (await StoreTampering.EditAsync(ConnectionString, episode, 1,
            """update mt_events set headers = jsonb_set(headers, '{user}', '"someone.else"') where stream_id = @stream and version = @version"""))
        {
            var run = await AuditRun.RunAsync(store.Server, new VerifyChainAction());

            run.ExitCode.Should().Be(1);
            run.Output.Should().Contain($"event {sequence} of stream {episode}: version 1 (assessment_notice_given) no longer matches its hash");
        }
    }

    [Fact]
    public async Task a_stream_whose_last_event_was_deleted_is_named()
    {
        var episode = store.Spare[3];
        await using (await StoreTampering.EditAsync(ConnectionString, episode, 3, "delete from mt_events where stream_id = @stream and version = @version"))
        {
            var run = await AuditRun.RunAsync(store.Server, new VerifyChainAction());

            run.ExitCode.Should().Be(1);
            run.Output.Should().Contain($"stream {episode}: it ends at version 2 but its head records version 3: version 3 is missing (deleted)");
        }
    }

    [Fact]
    public async Task a_stream_whose_events_were_all_deleted_is_named()
    {
        var episode = store.Spare[4];
        await using (await StoreTampering.EditAsync(ConnectionString, episode, 0, "delete from mt_events where stream_id = @stream"))
        {
            var run = await AuditRun.RunAsync(store.Server, new VerifyChainAction());

            run.ExitCode.Should().Be(1);
            run.Output.Should().Contain($"stream {episode}: all its 3 events are missing");
        }
    }

    [Fact]
    public async Task two_events_swapped_in_a_stream_are_named_at_the_first()
    {
        var episode = store.Spare[5];
        var second = await StoreTampering.SequenceOfAsync(ConnectionString, episode, 2);
        await using (await StoreTampering.EditAsync(ConnectionString, episode, 0,
            """
            update mt_events e set data = o.data, type = o.type, mt_dotnet_type = o.mt_dotnet_type from mt_events o
            where e.stream_id = @stream and o.stream_id = @stream and e.version in (2, 3) and o.version = 5 - e.version
            """))
        {
            var run = await AuditRun.RunAsync(store.Server, new VerifyChainAction());

            run.ExitCode.Should().Be(1);
            run.Output.Should().Contain($"event {second} of stream {episode}: version 2 (patient_discharged) no longer matches its hash");
        }
    }

    [Fact]
    public async Task the_executable_reads_the_configured_store_and_names_the_edited_event()
    {
        var intact = await VerifyWithExecutableAsync();

        intact.ExitCode.Should().Be(0, intact.Error);
        intact.Output.Should().MatchRegex(@"^Chain intact: \d+ events in \d+ streams; digest of the stream heads [0-9a-f]{64}\r?\n$");

        var episode = store.Spare[0];
        var sequence = await StoreTampering.SequenceOfAsync(ConnectionString, episode, 3);
        await using (await StoreTampering.EditAsync(ConnectionString, episode, 3,
            """update mt_events set data = jsonb_set(data, '{on}', '"2004-01-13"') where stream_id = @stream and version = @version"""))
        {
            var broken = await VerifyWithExecutableAsync();

            broken.ExitCode.Should().Be(1, broken.Error);
            broken.Output.Should().StartWith("Chain broken: 1 stream(s) of ")
                .And.Contain($"{Environment.NewLine}event {sequence} of stream {episode}: version 3 (patient_discharged) no longer matches its hash");
        }
    }

    /// <summary><c>dotnet run -- audit verify-chain</c>, as an auditor types it, against the test's database.</summary>
    private Task<ServerProcess> VerifyWithExecutableAsync() =>
        ServerProcess.DotnetRunAsync(
            AppContext.BaseDirectory, new Dictionary<string, string?> { ["ConnectionStrings__Marten"] = ConnectionString }, "audit", "verify-chain");
}
