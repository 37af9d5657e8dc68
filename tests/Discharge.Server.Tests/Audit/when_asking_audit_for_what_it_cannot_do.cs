using Discharge.Server.Audit.CommandLine;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit;

/// <summary>The real executable's <c>audit</c> without a store to read or an action to run: usage, refusals and exit codes, and no database started.</summary>
public class when_asking_audit_for_what_it_cannot_do
{
    // Without a connection string, anything but a refusal would start a throw-away local cluster.
    private static Task<ServerProcess> Execute(params string[] args) =>
        ServerProcess.RunAsync(args, new Dictionary<string, string?> { ["ConnectionStrings__Marten"] = null });

    [Theory]
    [InlineData("help", "audit")]
    [InlineData("audit", "--help")]
    [InlineData("audit", "verify-chain", "--help")]
    public async Task its_usage_is_printed(params string[] args)
    {
        var run = await Execute(args);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(AuditActions.Usage + Environment.NewLine).And.Contain("  verify-chain  Recomputes every event's hash");
    }

    [Fact]
    public async Task it_is_listed_among_the_commands()
    {
        var run = await Execute("help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().MatchRegex(@"\n  audit +Audits the event store: verify-chain");
    }

    [Theory]
    [InlineData("audit has no action 'verify-everything'", "audit", "verify-everything")]
    [InlineData("audit needs an action", "audit")]
    [InlineData("audit needs an action", "audit", "--council", "E06000015")]
    public async Task an_unknown_or_missing_action_prints_the_usage_on_standard_error_and_exits_2(string fault, params string[] args)
    {
        var run = await Execute(args);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"error: {fault}{Environment.NewLine}{Environment.NewLine}{AuditActions.Usage}{Environment.NewLine}");
    }

    [Fact]
    public async Task without_a_configured_store_it_refuses_rather_than_audit_an_empty_one()
    {
        var run = await Execute("audit", "verify-chain");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(
            "error: audit reads the configured event store, and none is: set ConnectionStrings__Marten (a throw-away local one would be empty)" + Environment.NewLine);
    }
}
