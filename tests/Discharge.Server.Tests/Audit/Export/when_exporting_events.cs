using System.Text.Json;
using Discharge.Domain.Rules;
using Discharge.Server.Audit.Export;
using Discharge.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Tests.Audit.Export;

/// <summary>An export writes the events with their metadata as JSON lines, in sequence order, a page at a time.</summary>
public sealed class when_exporting_events(ExportedStore store) : IClassFixture<ExportedStore>
{
    [Fact]
    public async Task each_line_carries_the_event_and_who_sent_it_when_and_under_which_key()
    {
        var (lines, _, _) = await store.ExportAsync(ExportedStore.Everything());

        var first = lines.First(l => l.GetProperty("streamId").GetGuid() == store.DerbyEpisode);
        (first.GetProperty("version").GetInt64(), first.GetProperty("type").GetString()).Should().Be((1L, "assessment_notice_given"));
        first.GetProperty("dotNetType").GetString().Should().StartWith("Discharge.Domain.Episodes.AssessmentNoticeGiven");
        first.GetProperty("data").GetProperty("council").GetString().Should().Be(ExportedStore.Derby);
        var headers = first.GetProperty("headers");
        (headers.GetProperty("organisation").GetString(), headers.GetProperty("user").GetString(), headers.GetProperty("idempotencyKey").GetString())
            .Should().Be((Requests.NhsBody, TestTokens.User, ExportedStore.FirstKey));
        headers.GetProperty("receivedAt").GetString().Should().Be(InstantPattern.ExtendedIso.Format(DischargeServer.Start));
        first.GetProperty("correlationId").GetString().Should().NotBeNullOrEmpty();
        first.GetProperty("sequence").GetInt64().Should().BePositive();
        first.GetProperty("id").GetGuid().Should().NotBeEmpty();
        InstantPattern.ExtendedIso.Parse(first.GetProperty("timestamp").GetString()!).Success.Should().BeTrue();
    }

    [Fact]
    public async Task every_event_is_written_once_in_sequence_order()
    {
        var (lines, progress, written) = await store.ExportAsync(ExportedStore.Everything());

        var sequences = lines.Select(l => l.GetProperty("sequence").GetInt64()).ToList();
        sequences.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        (written, lines.Count).Should().Be((await store.Server.AllEventCount(), await store.Server.AllEventCount()));
        progress.Should().Equal(new ExportProgress(0, written), new ExportProgress(written, written));
    }

    [Fact]
    public async Task a_run_longer_than_a_page_writes_the_same_lines_and_reports_each_page()
    {
        var (whole, _, _) = await store.ExportAsync(ExportedStore.Everything());

        var (paged, progress, written) = await store.ExportAsync(ExportedStore.Everything(pageSize: 2));

        paged.Select(l => l.GetRawText()).Should().Equal(whole.Select(l => l.GetRawText()));
        progress.Select(p => p.Written).Should().Equal(Enumerable.Range(0, (int)(written / 2) + 1).Select(page => Math.Min(page * 2L, written))
            .Concat(written % 2 == 0 ? [] : [written]));
        progress.Should().OnlyContain(p => p.Total == written);
    }

    [Fact]
    public async Task a_council_gets_the_episodes_it_was_notified_of_or_took_over()
    {
        var (camden, _, _) = await store.ExportAsync(ExportedStore.Everything(ExportedStore.Camden, pageSize: 3));
        var (derby, _, _) = await store.ExportAsync(ExportedStore.Everything("e06000015"));

        Streams(camden).Should().BeEquivalentTo([store.CamdenEpisode, store.TakenOver]);
        Streams(derby).Should().BeEquivalentTo([store.DerbyEpisode, store.TakenOver]);
        camden.Count(l => l.GetProperty("streamId").GetGuid() == store.TakenOver).Should().Be(3, "the notices before the transfer are Camden's history too");
    }

    [Fact]
    public async Task only_the_events_received_within_the_window_are_written_by_the_services_clock()
    {
        var (all, _, _) = await store.ExportAsync(ExportedStore.Everything());
        var from = DischargeServer.Start.Plus(Duration.FromMinutes(1));
        var to = DischargeServer.Start.Plus(Duration.FromMinutes(3));

        var (within, _, _) = await store.ExportAsync(new EventExportRequest(from, to));

        within.Select(l => l.GetRawText()).Should().Equal(all.Where(l => ReceivedAt(l) >= from && ReceivedAt(l) < to).Select(l => l.GetRawText()));
        within.Select(l => l.GetProperty("streamId").GetGuid()).Should().Equal(store.DerbyEpisode, store.CamdenEpisode, store.CamdenEpisode);
    }

    [Fact]
    public async Task a_window_of_days_is_read_in_london()
    {
        var rules = store.Server.Host.Services.GetRequiredService<DischargeRules>();
        var monday = new LocalDate(2024, 3, 4);

        var (thatDay, _, _) = await store.ExportAsync(EventExportRequest.ForDays(monday, monday, rules));
        var (dayBefore, _, _) = await store.ExportAsync(EventExportRequest.ForDays(monday.PlusDays(-1), monday.PlusDays(-1), rules));

        (thatDay.Count, dayBefore.Count).Should().Be(((int)await store.Server.AllEventCount(), 0));
    }

    private static Instant ReceivedAt(JsonElement line) =>
        InstantPattern.ExtendedIso.Parse(line.GetProperty("headers").GetProperty("receivedAt").GetString()!).Value;

    private static IEnumerable<Guid> Streams(IEnumerable<JsonElement> lines) => lines.Select(l => l.GetProperty("streamId").GetGuid()).Distinct();
}
