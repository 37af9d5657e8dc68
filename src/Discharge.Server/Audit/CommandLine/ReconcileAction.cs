using Discharge.Domain;
using Discharge.Domain.Rules;
using Discharge.Server.Audit.Reconciliation;
using Discharge.Server.Statements;
using Marten;

namespace Discharge.Server.Audit.CommandLine;

/// <summary><c>audit reconcile --rule-set FILE [--from --to] [--format csv]</c>: every issued statement line recomputed under another rule set.</summary>
public sealed class ReconcileAction : IAuditAction
{
    public string Name => "reconcile";

    public string Summary => "Recomputes every issued statement under --rule-set FILE; lists each episode charged differently";

    public async Task<int> RunAsync(AuditInput input, IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        if (input.RuleSetFlag is not { } file)
        {
            await errors.WriteLineAsync("error: --rule-set: a rule-set file is required (see the calculator's rule-set files)");
            return 1;
        }

        if (input.FormatFlag is { } format && format is not ("csv" or "json"))
        {
            await errors.WriteLineAsync($"error: --format: expected csv or json; got '{format}'");
            return 1;
        }

        RuleSet other;
        try
        {
            await using var json = File.OpenRead(file);
            other = RuleSetFile.Load(json, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DataFileException)
        {
            await errors.WriteLineAsync($"error: {e.Message}");
            return 1;
        }

        if (await AuditFlags.WindowAsync(input, required: false, errors) is not (true, var window))
        {
            return 1;
        }

        var store = services.GetRequiredService<IDocumentStore>();
        // Episodes no line billed are found through the delay ledgers: let them take in every event so far.
        await LedgerCatchUp.WaitAsync(store, cancellation);
        await using var session = store.QuerySession();
        var report = await StatementReconciliation.RunAsync(
            session, services.GetRequiredService<DischargeRules>(), other, window, AuditFlags.Today(services), cancellation);
        if (input.FormatFlag == "csv")
        {
            report.WriteCsv(output);
        }
        else
        {
            report.WriteJson(output);
            await output.WriteLineAsync();
        }

        return 0;
    }
}
