using Discharge.Server.Audit.Verification;
using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Discharge.Server.Tests.Support;
using Discharge.Server.Web.League;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Marten.Events;
using NodaTime;
using Npgsql;

namespace Discharge.Server.Tests.Reporting;

/// <summary>
/// The figures the league table and the monthly return add up (rows of runs, stretches, sums by month) are kept in the
/// statements that store, replace and delete the delay ledgers, and append the notices: they follow each change the daemon makes.
/// </summary>
public sealed class when_keeping_the_figures(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const string Derby = ReportingScenario.Derby;

    [Fact]
    public async Task a_ledgers_rows_follow_its_change_and_go_with_it_after_a_withdrawal()
    {
        server.Clock.Reset(ReportingScenario.Today);
        var hospital = new HospitalClient(server);
        var discharged = await ReportingScenario.Open(hospital, "RTG", Derby, "2004-01-12T10:15:00Z", "2004-01-13T09:00:00Z", "2004-01-15");
        var withdrawn = await ReportingScenario.Open(hospital, "RTG", Derby, "2004-01-12T10:15:00Z", "2004-01-13T09:00:00Z", "2004-01-15");
        await CaughtUp();

        // Still in hospital: delayed to the end of the regime, in one row however many months that is.
        var open = await RowsAsync(discharged);
        open.Should().ContainSingle();
        (open[0].Council, open[0].Status, open[0].From).Should().Be((Derby, "chargeable", new LocalDate(2004, 1, 16)));
        open[0].Until.Should().BeGreaterThan(new LocalDate(2005, 1, 1));
        (await RowsAsync(withdrawn)).Should().Equal(open);
        (await NoticesAsync()).Should().Equal((Derby, new LocalDate(2004, 1, 12), 2L));
        (await DerbyDaysAsync(2004, 1)).Should().Be(32, "16 days each");
        (await DerbyDaysAsync(2004, 2)).Should().Be(58);
        (await server.ScalarAsync<long>($"SELECT runs_started FROM delay_months WHERE council = '{Derby}' AND month = '2004-01-01'")).Should().Be(2);
        (await server.ScalarAsync<long>($"SELECT count(*) FROM delay_stretches WHERE episode_id IN ('{discharged}', '{withdrawn}') AND stretches = 1")).Should().Be(2);

        await hospital.AcceptedAsync($"/episodes/{discharged}/discharged", new { on = "2004-01-20" });
        await hospital.AcceptedAsync($"/episodes/{withdrawn}/withdrawal", new { notice = "discharge", reasonCode = "07", deliveredAt = "2004-01-14T09:00:00Z" });
        await CaughtUp();

        (await RowsAsync(discharged)).Should().Equal((Derby, "chargeable", new LocalDate(2004, 1, 16), new LocalDate(2004, 1, 20)));
        (await RowsAsync(withdrawn)).Should().BeEmpty("the withdrawal left no delayed day, and no ledger");
        (await server.ScalarAsync<long>($"SELECT count(*) FROM mt_doc_episodedelayledger WHERE id = '{withdrawn}'")).Should().Be(0);
        (await DerbyDaysAsync(2004, 1)).Should().Be(5, "what each change took away went with it");
        (await DerbyDaysAsync(2004, 2)).Should().Be(0);
        (await server.ScalarAsync<long>($"SELECT count(*) FROM delay_stretches WHERE episode_id = '{withdrawn}'")).Should().Be(0);
        await using var connection = await server.OpenDatabaseAsync();
        (await KeptFiguresCheck.RunAsync(connection, server.Host.Services.GetRequiredService<IDocumentStore>().Options, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task a_council_whose_days_of_a_ledger_all_fall_before_the_window_is_listed_with_none_as_the_ledgers_list_it()
    {
        server.Clock.Reset(ReportingScenario.Today);
        var hospital = new HospitalClient(server);
        var transferred = await ReportingScenario.Open(hospital, "RWE", Derby, "2004-12-22T10:00:00Z", "2004-12-22T11:00:00Z", "2004-12-23");
        await hospital.As(Derby).AcceptedAsync($"/episodes/{transferred}/responsibility-transfer", new { on = "2005-01-01", toCouncil = ReportingScenario.Camden });
        await hospital.As("RWE").AcceptedAsync($"/episodes/{transferred}/discharged", new { on = "2005-01-07" });
        await CaughtUp();
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();

        var january = await LeagueFigures.ByCouncilAsync(session, new DateWindow(new LocalDate(2005, 1, 1), new LocalDate(2005, 1, 31)), CancellationToken.None);

        january.Should().ContainEquivalentOf(new CouncilFigures(Derby, 0, 0m, 0));
        january.Should().ContainSingle(c => c.Council == ReportingScenario.Camden).Which.DelayedDays.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task a_ledger_stored_again_unchanged_leaves_its_kept_figures_as_they_were()
    {
        server.Clock.Reset(ReportingScenario.Today);
        var episode = await ReportingScenario.Open(new HospitalClient(server), "RTG", Derby, "2004-06-01T10:15:00Z", "2004-06-02T09:00:00Z", "2004-06-04");
        await CaughtUp();
        var ledgerVersion = $"SELECT xmin::text FROM mt_doc_episodedelayledger WHERE id = '{episode}'";
        var rowVersions = $"SELECT string_agg(xmin::text, ',' ORDER BY from_day) FROM delay_runs WHERE episode_id = '{episode}'";
        var (ledgerBefore, rowsBefore) = (await server.ScalarAsync<string>(ledgerVersion), await server.ScalarAsync<string>(rowVersions));

        await using (var session = server.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Store((await session.LoadAsync<EpisodeDelayLedger>(episode))!);
            await session.SaveChangesAsync();
        }

        (await server.ScalarAsync<string>(ledgerVersion)).Should().NotBe(ledgerBefore, "the ledger was stored again");
        (await server.ScalarAsync<string>(rowVersions)).Should().Be(rowsBefore);
    }

    /// <summary>Derby's delayed days in a whole month, as the league adds them up from the kept counts.</summary>
    private async Task<int> DerbyDaysAsync(int year, int month)
    {
        var days = new DateWindow(new LocalDate(year, month, 1), new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth));
        await using var session = server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await LeagueFigures.ByCouncilAsync(session, days, CancellationToken.None)).SingleOrDefault(c => c.Council == Derby)?.DelayedDays ?? 0;
    }

    private Task CaughtUp() => server.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

    private async Task<List<(string Council, string Status, LocalDate From, LocalDate Until)>> RowsAsync(Guid episode)
    {
        var rows = new List<(string, string, LocalDate, LocalDate)>();
        await using var connection = await server.OpenDatabaseAsync();
        await using var command = new NpgsqlCommand($"SELECT council, status, from_day, until_day FROM delay_runs WHERE episode_id = '{episode}' ORDER BY from_day", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(2)), LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(3))));
        }

        return rows;
    }

    private async Task<List<(string Council, LocalDate Day, long Notices)>> NoticesAsync()
    {
        var rows = new List<(string, LocalDate, long)>();
        await using var connection = await server.OpenDatabaseAsync();
        await using var command = new NpgsqlCommand($"SELECT council, day, notices::bigint FROM ({NoticeDays.KeptCounts(server.Host.Services.GetRequiredService<IDocumentStore>().Options)}) n WHERE day < '2004-02-01' ORDER BY 1, 2", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(1)), reader.GetInt64(2)));
        }

        return rows;
    }
}
