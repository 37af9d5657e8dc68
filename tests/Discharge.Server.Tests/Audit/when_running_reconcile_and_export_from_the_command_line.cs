using System.Text.Json;
using Discharge.Server.Audit.CommandLine;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit;

/// <summary><c>audit reconcile</c> and <c>audit export</c>, through the actions the command runs: their flags, their output, their faults.</summary>
public sealed class when_running_reconcile_and_export_from_the_command_line(DischargeServer server) : IClassFixture<DischargeServer>, IDisposable
{
    private readonly string censusFile = Path.Combine(Path.GetTempPath(), $"census-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task reconcile_lists_the_discharge_day_the_census_does_not_charge_and_export_writes_a_line_an_event()
    {
        var billing = new Billing(server);
        billing.Today(2004, 2, 10);
        var episode = await billing.JanuaryEpisodeAsync();
        await billing.IssuedAsync("2004-01");
        await File.WriteAllTextAsync(censusFile, """{ "name": "census", "version": "1", "closingRule": "midnight-census" }""");

        var json = await AuditRun.RunAsync(server, new ReconcileAction(), new AuditInput { Action = "reconcile", RuleSetFlag = censusFile });
        var csv = await AuditRun.RunAsync(server, new ReconcileAction(), new AuditInput { Action = "reconcile", RuleSetFlag = censusFile, FormatFlag = "csv" });
        var export = await AuditRun.RunAsync(server, new ExportAction(), new AuditInput { Action = "export", FromFlag = "2004-02-10", ToFlag = "2004-02-10" });

        json.ExitCode.Should().Be(0, json.Error);
        JsonDocument.Parse(json.Output).RootElement.GetRawText().Should().Contain(episode.ToString()).And.Contain("-100");
        csv.Output.Split("\r\n")[0].Should().StartWith("kind,");
        export.ExitCode.Should().Be(0, export.Error);
        export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("streamId").GetGuid())
            .Should().Contain(episode);
        export.Error.Should().EndWith("events\n");
    }

    [Fact]
    public async Task a_missing_or_unreadable_flag_is_one_line_and_exit_code_1()
    {
        var noRuleSet = await AuditRun.RunAsync(server, new ReconcileAction(), new AuditInput { Action = "reconcile" });
        var noFile = await AuditRun.RunAsync(server, new ReconcileAction(), new AuditInput { Action = "reconcile", RuleSetFlag = "/no/such/file.json" });
        var badDay = await AuditRun.RunAsync(server, new ExportAction(), new AuditInput { Action = "export", FromFlag = "yesterday", ToFlag = "2004-02-10" });

        (noRuleSet.ExitCode, noRuleSet.Error).Should().Be((1, "error: --rule-set: a rule-set file is required (see the calculator's rule-set files)\n"));
        (noFile.ExitCode, noFile.Output).Should().Be((1, ""));
        noFile.Error.Should().StartWith("error: ").And.Contain("/no/such/file.json");
        (badDay.ExitCode, badDay.Error).Should().Be((1, "error: --from: Expected a date as YYYY-MM-DD in the years 1900 to 2199, e.g. 2004-01-15; got 'yesterday'.\n"));
    }

    public void Dispose() => File.Delete(censusFile);
}
