using System.Text.RegularExpressions;
using Discharge.Benchmarks.Faults;
using Xunit.Abstractions;

namespace Discharge.Server.Tests.Outages;

/// <summary>
/// The fault harness of the benchmarks, smaller: commands retried with their idempotency keys through a killed server,
/// a PostgreSQL restart and the projection daemon's leader killed beside a second node. Nothing acknowledged is lost
/// or recorded twice, no answer is a 500, the survivor takes over the projections and the scheduled checks (every
/// episode's liability-started notice once), and every read model matches its rebuild from the events.
/// </summary>
public sealed class when_faults_strike_under_load(ITestOutputHelper log)
{
    private const int Episodes = 30;

    [Fact]
    public async Task every_acknowledged_command_is_stored_once_and_the_survivor_catches_up()
    {
        using var output = new StringWriter();

        var exitCode = await FaultHarness.RunAsync(
            ["--episodes", $"{Episodes}", "--concurrency", "8", "--faults", "server-sigkill,postgres-fast,node-killed"], output);

        // Each fault's time and the catch-up's, on every run: what a slow run spent its time on.
        log.WriteLine(output.ToString());
        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        exitCode.Should().Be(0, output.ToString());
        lines.Should().Contain(line => line.StartsWith("read models rebuilt from the events: clean", StringComparison.Ordinal));
        lines.Should().Contain(line => line.StartsWith("answers, retries included:", StringComparison.Ordinal)).Which.Should().NotContain("500 x");
        lines[^1].Should().Be($"acknowledged {3 * Episodes * 3}, lost 0, duplicated 0");
        lines.Where(line => Regex.IsMatch(line, "^(server-sigkill|postgres-fast|node-killed) +acknowledged")).Should().HaveCount(3)
            .And.OnlyContain(line => line.EndsWith($"acknowledged {Episodes * 3}, lost 0, duplicated 0; liability-started notices missing 0, repeated 0", StringComparison.Ordinal));
    }
}
