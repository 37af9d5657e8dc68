using Discharge.Domain.Statements;
using Discharge.Server.Audit.Verification;
using Discharge.Server.Bulk;
using Discharge.Server.Reporting;
using Discharge.Server.Returns;
using Discharge.Server.Web.League;
using Marten;
using Npgsql;
using NodaTime;
using NodaTime.Text;
using Weasel.Core;

namespace Discharge.Server.Tests.Simulation;

/// <summary>
/// Over a simulated national history (both regimes, transfers, withdrawals, blockers), the league table's and the monthly
/// return's figures added up from the kept rows are those the ledgers themselves give, and the one-pass rebuild fills the rows.
/// </summary>
[Collection(SimulatedHistory.Collection)]
public sealed class when_adding_up_the_kept_figures(SimulatedHistory history)
{
    private static readonly LocalDate Today = new(2026, 12, 1);

    /// <summary>The whole record (the league's default), a year, the history's months, a window cut mid-month (as at today), and windows starting mid-month (whole months inside or none).</summary>
    public static readonly TheoryData<string, string> Windows = new()
    {
        { "1900-01-01", "2026-12-01" },
        { "2015-01-01", "2015-12-31" },
        { "2015-03-01", "2015-03-31" },
        { "2015-04-01", "2015-04-30" },
        { "2015-04-01", "2015-04-13" },
        { "2015-05-01", "2015-05-31" },
        { "2015-03-10", "2015-05-20" },
        { "2015-04-05", "2015-04-20" },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task each_councils_days_amount_and_episodes_and_the_days_by_month_are_the_ledgers(string from, string to)
    {
        var window = new DateWindow(Day(from), Day(to));
        await using var session = history.Store.QuerySession();
        var ledgers = await session.LedgersWithin(window, council: null, nhsBody: null, CancellationToken.None);
        var expected = ledgers.SelectMany(l => l.Councils).Distinct().Select(council =>
        {
            var own = ledgers.Where(l => l.Councils.Contains(council)).ToList();
            return new CouncilFigures(
                council,
                DelayCounts.Tally(council, null, window, Today, window, own).DelayedDays,
                GetCouncilLiabilityEndpoint.Tally(council, window, Today, window, own).Totals.Amount,
                own.Count(l => l.RunsWithin(window, council).Any()));
        });

        var kept = await LeagueFigures.ByCouncilAsync(session, window, CancellationToken.None);
        var byMonth = await LeagueFigures.NationalByMonthAsync(session, window, CancellationToken.None);

        kept.Should().BeEquivalentTo(expected);
        kept.Should().Contain(c => c.DelayedEpisodes > 0);
        byMonth.Should().Equal(DelayCounts.Tally(null, null, window, Today, window, ledgers).ByCouncilNhsBodyAndMonth
            .GroupBy(m => m.Month)
            .Select(m => (m.Key, m.Sum(x => x.Days)))
            .OrderBy(m => m.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task each_councils_notices_are_those_in_the_event_table(string from, string to)
    {
        var window = new DateWindow(Day(from), Day(to));
        await using var session = history.Store.QuerySession();
        var counted = await ScalarsAsync<(string, long)>(
            "SELECT data ->> 'council', count(*) FROM mt_events WHERE type = 'assessment_notice_given' " +
            $"AND ((data ->> 'deliveredAt')::timestamptz AT TIME ZONE 'Europe/London')::date BETWEEN '{from}' AND '{to}' GROUP BY 1",
            r => (r.GetString(0), r.GetInt64(1)));

        var kept = await AssessmentNotices.ByCouncilAsync(session, window, CancellationToken.None);

        kept.Select(k => (k.Key, (long)k.Value)).Should().BeEquivalentTo(counted);
    }

    [Fact]
    public async Task each_months_return_is_the_ledgers_nationally_and_for_the_busiest_council_and_nhs_body()
    {
        var council = (await ScalarsAsync("SELECT council FROM delay_runs GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1", r => r.GetString(0)))[0];
        var nhsBody = (await ScalarsAsync("SELECT nhs_body FROM delay_runs GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1", r => r.GetString(0)))[0];
        await using var session = history.Store.QuerySession();
        foreach (var (scopeCouncil, scopeNhsBody) in new (string?, string?)[] { (null, null), (council, null), (null, nhsBody) })
        {
            foreach (var month in new[] { new BillingMonth(2015, 3), new BillingMonth(2015, 4), new BillingMonth(2015, 5) })
            {
                var ledgers = await session.LedgersWithin(new DateWindow(month.FirstDay, month.LastDay), scopeCouncil, scopeNhsBody, CancellationToken.None);
                var kept = await ReturnedDaysQuery.OfMonthAsync(session, month, scopeCouncil, scopeNhsBody, CancellationToken.None);

                var expected = SitRep.Tally(month, scopeCouncil, scopeNhsBody, ledgers);
                SitRep.Tally(month, scopeCouncil, scopeNhsBody, kept).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
                expected.Rows.Should().NotBeEmpty();
            }
        }
    }

    [Fact]
    public async Task the_rebuild_fills_the_ledgers_rows_and_the_verifier_names_a_row_that_differs()
    {
        await RebuildRun.RunAsync(history.Services, TextWriter.Null, TextWriter.Null, CancellationToken.None);

        (await history.Store.Storage.Database.CreateMigrationAsync()).Difference.Should().Be(SchemaPatchDifference.None, "every index is built again");
        (await CountAsync("delay_runs")).Should().BeGreaterThan(await CountAsync("mt_doc_episodedelayledger"));
        (await NoticesKeptAsync()).Should().Be(await CountAsync("mt_events WHERE type = 'assessment_notice_given'"), "the rebuild leaves the notices' rows and counts");
        (await KeptDifferencesAsync()).Should().BeEmpty();

        var episode = (await ScalarsAsync("SELECT episode_id FROM delay_runs WHERE status = 'chargeable' LIMIT 1", r => r.GetGuid(0)))[0];
        await ScalarsAsync($"UPDATE delay_runs SET rate = rate + 1 WHERE episode_id = '{episode}' AND status = 'chargeable' RETURNING 1", r => r.GetInt32(0));
        // A notice counted twice, whether the day's notices are still rows or rolled up.
        var notice = (await ScalarsAsync(
            "INSERT INTO assessment_notice_days SELECT council, day FROM (SELECT council, day FROM assessment_notice_days UNION SELECT council, day FROM assessment_notice_counts) d LIMIT 1 RETURNING council, day",
            r => (r.GetString(0), r.GetFieldValue<DateOnly>(1))))[0];

        (await KeptDifferencesAsync()).Should().Equal(
            new ReadModelDifference("delay_runs", episode.ToString(), "differs"),
            new ReadModelDifference("assessment_notice_days", $"{notice.Item1} {notice.Item2:yyyy-MM-dd}", "differs"));

        // Back as the rebuild makes them, for the other tests.
        await RebuildRun.RunAsync(history.Services, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        (await KeptDifferencesAsync()).Should().Equal(new ReadModelDifference("assessment_notice_days", $"{notice.Item1} {notice.Item2:yyyy-MM-dd}", "differs"));
        await NoticeTriggerMadeAgainAsync();
        (await KeptDifferencesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task a_store_written_without_the_triggers_has_its_rows_made_when_they_are()
    {
        await ScalarsAsync("DROP TRIGGER keep_delay_days_rows ON mt_doc_episodedelayledger; TRUNCATE delay_runs; SELECT 1", r => r.GetInt32(0));

        await NoticeTriggerMadeAgainAsync();

        (await CountAsync("delay_runs")).Should().BeGreaterThan(await CountAsync("mt_doc_episodedelayledger"));
        (await ScalarsAsync("SELECT sum(notices)::bigint FROM assessment_notice_counts", r => r.GetInt64(0)))[0].Should().Be(await CountAsync("mt_events WHERE type = 'assessment_notice_given'"), "made again, the notices are counted by council and day");
        (await KeptDifferencesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task a_store_written_before_the_stretches_and_sums_by_month_were_kept_has_them_made_from_its_ledgers()
    {
        await ScalarsAsync("DROP TABLE delay_stretches, delay_months; SELECT 1", r => r.GetInt32(0));

        await history.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await CountAsync("delay_stretches WHERE stretches > 1")).Should().BePositive("some episodes have a second period");
        (await CountAsync("delay_months")).Should().BePositive();
        (await KeptDifferencesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task a_store_written_before_any_figures_were_kept_has_them_all_made_once_from_its_ledgers_and_events()
    {
        await ScalarsAsync(
            """
            DROP TABLE delay_runs, delay_stretches, delay_months, assessment_notice_days, assessment_notice_counts;
            DROP FUNCTION keep_delay_days() CASCADE;
            DROP FUNCTION keep_assessment_notice_days() CASCADE;
            SELECT 1
            """, r => r.GetInt32(0));

        var migration = await history.Store.Storage.Database.CreateMigrationAsync();
        await history.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var sql = new StringWriter();
        migration.WriteAllUpdates(sql, ((DocumentStore)history.Store).Options.Advanced.Migrator, JasperFx.AutoCreate.CreateOrUpdate);
        sql.ToString().Split('\n').Count(line => line.StartsWith("INSERT INTO public.delay_runs ", StringComparison.Ordinal)).Should().Be(1, "the rows are made once");
        (await CountAsync("delay_runs")).Should().BeGreaterThan(await CountAsync("mt_doc_episodedelayledger"));
        (await NoticesKeptAsync()).Should().Be(await CountAsync("mt_events WHERE type = 'assessment_notice_given'"));
        (await history.Store.Storage.Database.CreateMigrationAsync()).Difference.Should().Be(SchemaPatchDifference.None);
        (await KeptDifferencesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task a_store_that_kept_a_row_a_run_and_month_has_a_row_a_run_made_and_the_old_rows_dropped()
    {
        // As an older build left it: its rows in a table of their own, made by a function returning that table's rows.
        await ScalarsAsync(
            """
            DROP TABLE delay_runs;
            CREATE TABLE delay_days (episode_id uuid NOT NULL, from_day date NOT NULL, until_day date NOT NULL);
            CREATE FUNCTION delay_days_of(ledger_id uuid, ledger jsonb) RETURNS SETOF delay_days LANGUAGE sql STABLE AS $$ SELECT ledger_id, current_date, current_date $$;
            SELECT 1
            """, r => r.GetInt32(0));

        await history.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var runs = (await ScalarsAsync("SELECT sum(jsonb_array_length(data -> 'runs'))::bigint FROM mt_doc_episodedelayledger", r => r.GetInt64(0)))[0];
        (await CountAsync("delay_runs")).Should().Be(runs, "a row a run");
        (await CountAsync("pg_class WHERE relname = 'delay_days'")).Should().Be(0);
        (await CountAsync("pg_proc WHERE proname = 'delay_days_of'")).Should().Be(0);
        (await history.Store.Storage.Database.CreateMigrationAsync()).Difference.Should().Be(SchemaPatchDifference.None);
        (await KeptDifferencesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task a_kept_function_an_older_build_wrote_is_replaced_without_losing_the_triggers_that_call_it_and_its_rows_made_again()
    {
        await ScalarsAsync(
            """
            CREATE OR REPLACE FUNCTION keep_delay_days() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END; $$;
            UPDATE delay_runs SET rate = rate + 1 WHERE status = 'chargeable';
            SELECT 1
            """, r => r.GetInt32(0));

        await history.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await KeptDifferencesAsync()).Should().BeEmpty("the rows an older function kept are made again by this one");

        (await ScalarsAsync("SELECT prosrc FROM pg_proc WHERE proname = 'keep_delay_days'", r => r.GetString(0))).Should().ContainSingle().Which.Should().Contain("delay_months");
        (await ScalarsAsync("SELECT tgname::text FROM pg_trigger WHERE tgname::text LIKE 'keep_delay_days%' ORDER BY 1", r => r.GetString(0)))
            .Should().Equal("keep_delay_days_deleted", "keep_delay_days_rows", "keep_delay_days_truncated");
    }

    [Fact]
    public async Task an_index_a_rebuild_stopped_before_building_is_made_when_the_schema_is_next_applied()
    {
        await ScalarsAsync("DROP INDEX delay_runs_idx_days, mt_doc_episodedelayledger_idx_days; SELECT 1", r => r.GetInt32(0));

        await history.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await CountAsync("pg_indexes WHERE indexname IN ('delay_runs_idx_days', 'mt_doc_episodedelayledger_idx_days')")).Should().Be(2);
    }

    /// <summary>The notices' trigger dropped and their rows emptied, as on a store an older build wrote, then the schema applied again.</summary>
    private async Task NoticeTriggerMadeAgainAsync()
    {
        await ScalarsAsync("DROP TRIGGER keep_assessment_notice_days_rows ON mt_events; TRUNCATE assessment_notice_days; SELECT 1", r => r.GetInt32(0));
        await history.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    private async Task<IReadOnlyList<ReadModelDifference>> KeptDifferencesAsync()
    {
        await using var connection = history.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        return await KeptFiguresCheck.RunAsync(connection, history.Store.Options, CancellationToken.None);
    }

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>The notices kept, as rows or rolled up into counts.</summary>
    private async Task<long> NoticesKeptAsync() =>
        (await ScalarsAsync("SELECT (SELECT count(*) FROM assessment_notice_days) + (SELECT coalesce(sum(notices), 0) FROM assessment_notice_counts)::bigint", r => r.GetInt64(0)))[0];

    private async Task<long> CountAsync(string from) => (await ScalarsAsync($"SELECT count(*) FROM {from}", r => r.GetInt64(0)))[0];

    private Task<List<T>> ScalarsAsync<T>(string sql, Func<NpgsqlDataReader, T> read) => history.QueryAsync(sql, read);
}
