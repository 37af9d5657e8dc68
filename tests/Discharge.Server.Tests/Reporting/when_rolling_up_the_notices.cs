using Discharge.Server.Audit.Verification;
using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Discharge.Server.Tests.Support;
using Discharge.Server.Web.League;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Discharge.Server.Tests.Reporting;

/// <summary>
/// The running service moves the notices' rows into counts by council and day; each notice is counted once, before and
/// after, and a later notice of the same day adds to its count.
/// </summary>
public sealed class when_rolling_up_the_notices(when_rolling_up_the_notices.Server server) : IClassFixture<when_rolling_up_the_notices.Server>
{
    private const string Derby = ReportingScenario.Derby;

    private static readonly DateWindow March2004 = new(new LocalDate(2004, 3, 1), new LocalDate(2004, 3, 31));

    [Fact]
    public async Task the_rows_become_counts_and_a_later_notice_of_the_day_adds_to_its_count()
    {
        var hospital = new HospitalClient(server);
        await NoticeAsync(hospital);
        await NoticeAsync(hospital);

        await RolledUpAsync(expected: 2);
        (await CountedAsync()).Should().Be(2);

        await NoticeAsync(hospital);
        (await CountedAsync()).Should().Be(3, "a notice not yet rolled up counts as a row");
        await RolledUpAsync(expected: 3);
        (await CountedAsync()).Should().Be(3);

        await using var connection = await server.OpenDatabaseAsync();
        (await KeptFiguresCheck.RunAsync(connection, Store.Options, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public void an_interval_of_nought_is_refused_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discharge:NoticeRollUpEvery"] = "00:00:00" }).Build();

        var making = () => new NoticeRollUp(Store, configuration, NullLogger<NoticeRollUp>.Instance);

        making.Should().Throw<InvalidOperationException>().WithMessage("*Discharge:NoticeRollUpEvery*");
    }

    private IDocumentStore Store => server.Host.Services.GetRequiredService<IDocumentStore>();

    private static async Task NoticeAsync(HospitalClient hospital) =>
        await hospital.AcceptedAsync($"/episodes/{Guid.NewGuid()}/assessment-notice", Requests.AssessmentNotice("2004-03-02T10:00:00Z", Derby));

    private async Task<int> CountedAsync()
    {
        await using var session = Store.QuerySession();
        return (await AssessmentNotices.ByCouncilAsync(session, March2004, CancellationToken.None)).GetValueOrDefault(Derby);
    }

    /// <summary>Waits for the service to leave no row of the day, and its count to be <paramref name="expected"/>.</summary>
    private async Task RolledUpAsync(long expected)
    {
        for (var wait = TimeSpan.Zero; wait < TimeSpan.FromSeconds(20); wait += TimeSpan.FromMilliseconds(100))
        {
            if (await server.ScalarAsync<long>($"SELECT count(*) FROM assessment_notice_days WHERE council = '{Derby}' AND day = '2004-03-02'") == 0
                && await server.ScalarAsync<long>($"SELECT coalesce(sum(notices), 0)::bigint FROM assessment_notice_counts WHERE council = '{Derby}' AND day = '2004-03-02'") == expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The notices of the day were not rolled up into a count of {expected}.");
    }

    /// <summary>The server rolling up the notices every 200 ms, so that a test sees it run.</summary>
    public sealed class Server()
        : DischargeServer(Start, new Dictionary<string, string> { ["Discharge:NoticeRollUpEvery"] = "00:00:00.200" });
}
